import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const base = "http://127.0.0.1:3191";
const page = await browser.newPage();
await page.goto(base + "/login");
await page.getByLabel("Username or email").fill("admin");
await page.getByLabel("Password").fill("admin-pass-1");
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL(/calendar/);
const mode = process.argv[2];
let ok = 0, bad = 0;
for (let i = 0; i < 6; i++) {
  if (mode === "mine") {
    await page.goto(base + "/admin?q=no-such-user");
    await page.getByRole("link", { name: "Clear the search and filter" }).click();
  } else if (mode === "header") {
    await page.goto(base + "/admin?q=no-such-user");
    await page.getByRole("heading", { name: "No users match" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Todos" }).click();
  } else if (mode === "todos") {
    await page.goto(base + "/todos");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  }
  await page.waitForTimeout(2500);
  const url = page.url();
  const moved = mode === "mine" ? url.endsWith("/admin") : mode === "header" ? url.endsWith("/todos") : url.endsWith("/calendar");
  moved ? ok++ : bad++;
}
console.log(mode, "ok", ok, "bad", bad);
await browser.close();

import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const base = "http://127.0.0.1:3191";
const page = await browser.newPage();
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
await page.goto(base + "/login");
await page.getByLabel("Username or email").fill("admin");
await page.getByLabel("Password").fill("admin-pass-1");
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL(/calendar/);
let ok = 0, bad = 0;
for (let i = 0; i < 15; i++) {
  await page.goto(base + "/admin?q=user0");
  await page.getByRole("link", { name: "Uma User", exact: true }).click();
  const t0 = Date.now();
  try { await page.getByRole("heading", { level: 1, name: "Uma User", exact: true }).waitFor({ timeout: 15000 }); ok++; console.log("ok", Date.now() - t0); }
  catch { bad++; console.log("BAD", page.url()); }
}
console.log("ok", ok, "bad", bad);
await browser.close();

import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const base = "http://127.0.0.1:3191";
const page = await browser.newPage();
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
page.on("console", (m) => console.log("CONSOLE", m.type(), m.text().slice(0, 300)));
page.on("request", (r) => { if (r.url().includes("_rsc")) console.log("REQ", r.url().slice(0, 120)); });
page.on("requestfinished", (r) => { if (r.url().includes("_rsc")) console.log("DONE", r.url().slice(0, 120)); });
page.on("requestfailed", (r) => console.log("FAILED", r.url().slice(0, 120), r.failure()?.errorText));
await page.goto(base + "/login");
await page.getByLabel("Username or email").fill("admin");
await page.getByLabel("Password").fill("admin-pass-1");
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL(/calendar/);
const mode = process.argv[2];
if (mode.includes("a")) { await page.goto(base + "/admin?sort=username&order=asc"); await page.getByTestId("users-range").waitFor(); }
if (mode.includes("b")) { await page.goto(base + "/admin?q=no-such-user-anywhere"); await page.getByRole("heading", { name: "No users match" }).waitFor(); }
if (mode.includes("c")) {
  await page.route("**/api/trpc/admin.users.list**", async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue().catch(() => {}); });
  await page.goto(base + "/admin?role=USER");
  await page.unroute("**/api/trpc/admin.users.list**");
}
let bad = 0;
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
await page.goto(base + "/admin?q=user01");
if (process.argv[4] === "idle") await page.waitForLoadState("networkidle");
await page.getByRole("link", { name: "Uma User" }).click();
try { await page.getByRole("heading", { level: 1, name: "Uma User", exact: true }).waitFor({ timeout: 8000 }); } catch {
  bad++; console.log(mode, "BAD", page.url());
  console.log("h1:", await page.locator("h1").allInnerTexts());
  await page.getByRole("link", { name: "Uma User" }).click();
  try { await page.getByRole("heading", { level: 1, name: "Uma User", exact: true }).waitFor({ timeout: 8000 }); console.log("second click OK"); } catch { console.log("second click BAD"); }
  await page.evaluate(() => window.next?.router?.push("/todos"));
  await page.waitForTimeout(3000); console.log("after router.push", page.url());
}
}
console.log("bad", bad);
await browser.close();

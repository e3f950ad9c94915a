import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const base = "http://127.0.0.1:3191";
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(base + "/login");
await page.getByLabel("Username or email").fill(process.argv[3] ?? "admin");
await page.getByLabel("Password").fill(process.argv[4] ?? "admin-pass-1");
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL(/calendar/);
let url = process.argv[2];
if (url === "user") { await page.goto(base + "/admin?q=user01"); url = await page.getByRole("link", { name: /^Uma User/ }).getAttribute("href"); }
await page.goto(base + url);
await page.waitForTimeout(2500);
const wide = await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > 391 && r.width > 0) out.push(`${el.tagName}.${String(el.className).slice(0, 80)} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 15) };
});
console.log(JSON.stringify(wide, null, 1));
await browser.close();

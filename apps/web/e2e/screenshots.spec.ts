import { test } from "@playwright/test";
import { logIn } from "./helpers";

// Not assertions: pictures of each page at desktop and phone widths, to look at
// (test-results/screens/). A page must look finished before it is called done.
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

for (const [device, viewport] of Object.entries(widths)) {
  test(`screens at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/login");
    await page.screenshot({ path: `test-results/screens/${device}-login.png`, fullPage: true });
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.screenshot({ path: `test-results/screens/${device}-signup-errors.png`, fullPage: true });
    await page.goto("/login");
    await logIn(page, "admin", "admin-pass-1");
    await page.waitForURL(/\/calendar/);
    await page.screenshot({ path: `test-results/screens/${device}-calendar.png`, fullPage: true });
  });
}

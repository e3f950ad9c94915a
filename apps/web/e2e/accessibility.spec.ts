import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logInAs } from "./account-helpers";
import { AXE_WIDTHS, axePassFor, expectNoAxeViolations, type AxeDevice } from "./axe";
import { openCalendar } from "./calendar-helpers";
import { settle } from "./helpers";

// axe-core's WCAG 2.1 A/AA rules on every page, at desktop and phone widths, in
// the light and the dark theme (the Korean pass at phone width), plus WCAG 2.2's
// 24 × 24 px tap targets. The dark theme changes only colours: it gets the colour rules (axe.ts).
// The count per page is printed; any violation fails the test with its rule and nodes.
// Up to four axe passes per page: more than one page's usual budget on a busy machine.
test.describe.configure({ timeout: 60_000 });

type Visit = { name: string; account?: [string, string]; open: (page: Page) => Promise<void> };

const goto = (path: string, ready: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.goto(path);
  await ready(page);
};
const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

const visits: Visit[] = [
  { name: "/login", open: goto("/login", heading) },
  { name: "/signup", open: goto("/signup", heading) },
  { name: "/forgot-password", open: goto("/forgot-password", heading) },
  { name: "/reset-password (a dead link)", open: goto("/reset-password", heading) },
  { name: "/calendar week", account: ["user01", "user01-pass"], open: (page) => openCalendar(page, "view=week") },
  { name: "/calendar month", account: ["user01", "user01-pass"], open: (page) => openCalendar(page, "view=month") },
  { name: "/calendar day", account: ["user01", "user01-pass"], open: (page) => openCalendar(page, "view=day") },
  { name: "/calendar agenda", account: ["user01", "user01-pass"], open: goto("/calendar?view=agenda", (page) => expect(page.getByTestId("agenda-day").first()).toBeVisible()) },
  { name: "/search", account: ["user01", "user01-pass"], open: goto("/search?q=gym", (page) => expect(page.getByTestId("search-results")).toBeVisible()) },
  { name: "/schedules", account: ["user01", "user01-pass"], open: goto("/schedules", heading) },
  { name: "/todos", account: ["user01", "user01-pass"], open: goto("/todos", heading) },
  { name: "/settings", account: ["user01", "user01-pass"], open: goto("/settings", heading) },
  { name: "/calendar (subscriber)", account: ["viewer01", "viewer01-pass"], open: (page) => openCalendar(page, "view=week") },
  { name: "/admin", account: ["admin", "admin-pass-1"], open: goto("/admin", heading) },
  {
    name: "/admin new account dialog",
    account: ["admin", "admin-pass-1"],
    open: async (page) => {
      await page.goto("/admin");
      await page.getByRole("button", { name: "New account" }).click();
      await expect(page.getByTestId("create-user-dialog").getByLabel("Username")).toBeFocused();
    },
  },
];

// Korean text is longer in places and set in another font: the main pages again in Korean
// (the demo accounts follow the browser's language), at the phone's width, where longer
// words wrap or crowd first; the English pass covers what the width changes otherwise.
const koreanVisits = visits.filter((visit) => ["/signup", "/calendar week", "/calendar month", "/calendar agenda", "/search", "/todos", "/settings"].includes(visit.name));

test.describe("en-US", () => {
  test.use({ locale: "en-US" });
  for (const visit of visits) axeTest(visit, ["desktop", "phone"], ["desktop"]);
});
test.describe("ko-KR", () => {
  test.use({ locale: "ko-KR" });
  for (const visit of koreanVisits) axeTest(visit, ["phone"], ["phone"]);
});

/**
 * One page at the given widths: opened at each width, checked light and, at
 * the `darkAt` widths, switched to dark (the demo accounts follow the
 * device's scheme) and checked again. The dark pass checks colours only
 * (axe.ts), which the width does not change: the English pages get it at
 * desktop width, the Korean ones at phone width, so both widths are covered
 * without paying for every page four times (CI's time on two cores).
 */
function axeTest(visit: Visit, devices: (AxeDevice)[], darkAt: (AxeDevice)[]) {
  test(`axe: ${visit.name} at ${devices.join(" and ")} width${devices.length > 1 ? "s" : ""}, light and dark`, async ({ page }) => {
    if (visit.account) await logInAs(page, ...visit.account);
    for (const device of devices) {
      const viewport = AXE_WIDTHS[device];
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: "light" });
      // The calendar picks its layout for the width when it opens: open the page at each width.
      await visit.open(page);
      await settle(page);
      for (const theme of darkAt.includes(device) ? (["light", "dark"] as const) : (["light"] as const)) {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await expectNoAxeViolations(page, `${visit.name} (${device}, ${theme}, ${test.info().titlePath[1]})`, { pass: axePassFor(theme) });
      }
    }
  });
}

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { settle } from "./helpers";

// axe-core's WCAG 2.1 A/AA rules plus WCAG 2.2's 24 × 24 px tap targets.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// What a theme can change: the page's structure, names, roles, sizes and
// targets are the same in light and dark; only colours differ. So the second
// theme of a page is checked with the rules that read colours, which is most
// of axe's time saved on the large calendar grids.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

export type AxePass = "all rules" | "colour rules";

/** Fails with each violation's rule, impact and first nodes (enough to find the element); prints the count. */
export async function expectNoAxeViolations(page: Page, where: string, options: { pass?: AxePass; exclude?: string } = {}) {
  let builder = new AxeBuilder({ page });
  if (options.exclude) builder = builder.exclude(options.exclude);
  builder =
    options.pass === "colour rules"
      ? builder.options({ runOnly: { type: "rule", values: COLOUR_RULES } })
      : builder.options({ runOnly: { type: "tag", values: WCAG_TAGS }, rules: { "target-size": { enabled: true } } });
  const { violations } = await builder.analyze();
  console.log(`axe ${where}${options.pass === "colour rules" ? " (colour rules)" : ""}: ${violations.length} violations`);
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`).join(" | ")}`,
  );
  expect(summary, where).toEqual([]);
}

/** Light is checked with every rule; dark (the same page, other colours) with the colour rules. */
export const axePassFor = (theme: "light" | "dark"): AxePass => (theme === "light" ? "all rules" : "colour rules");

/** The two widths every page is checked at. */
export const AXE_WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
export type AxeDevice = keyof typeof AXE_WIDTHS;

/**
 * The page as it stands, at both widths and in both themes, for states the
 * page-by-page accessibility.spec does not reach (a dialog open, a secret
 * shown). Sonner's toasts are left out: their colours are the library's, on
 * every page alike, and they are gone in seconds. `beforeCheck` runs once the
 * width and theme are set (e.g. for a screenshot). Leaves the page at desktop width, light.
 */
export async function expectAccessibleAtBothWidths(
  page: Page,
  where: string,
  beforeCheck?: (device: AxeDevice, theme: "light" | "dark") => Promise<void>,
) {
  for (const [device, viewport] of Object.entries(AXE_WIDTHS) as [AxeDevice, (typeof AXE_WIDTHS)[AxeDevice]][]) {
    await page.setViewportSize(viewport);
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      await settle(page);
      await beforeCheck?.(device, theme);
      await expectNoAxeViolations(page, `${where} (${device}, ${theme})`, { pass: axePassFor(theme), exclude: "[data-sonner-toaster]" });
    }
  }
  await page.setViewportSize(AXE_WIDTHS.desktop);
  await page.emulateMedia({ colorScheme: "light" });
}

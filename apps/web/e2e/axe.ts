import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

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

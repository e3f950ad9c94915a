import { expectAccessibleAtBothWidths } from "./axe";
import { expect, test } from "./fixtures";
import { signUpAndLogInByApi } from "./helpers";

// Not assertions (but axe's 0 violations): quick add with a phrase typed, its
// highlights and chips, in English and Korean, light and dark, at desktop and
// phone widths (<E2E_OUTPUT_DIR>/screens/quick-add-*.png).
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

test.use({ timezoneId: "Asia/Seoul" });

const phrases = {
  "en-US": { text: "tomorrow 3pm call mom p1 #home @phone @errands", project: "home", label: "phone" },
  "ko-KR": { text: "내일 오후 3시 보고서 제출 p2 #업무 @전화 @급함", project: "업무", label: "전화" },
} as const;

for (const locale of ["en-US", "ko-KR"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`quick add in ${locale}`, async ({ page }) => {
      test.slow();
      const lang = locale.slice(0, 2);
      const phrase = phrases[locale];
      await signUpAndLogInByApi(page, "qashot");
      // One project and one label exist, so the chips show both kinds: existing and new.
      for (const [path, name] of [["todo.project.create", phrase.project], ["todo.label.create", phrase.label]] as const) {
        const response = await page.request.post(`/api/trpc/${path}`, { data: { json: { name } } });
        expect(response.ok(), await response.text()).toBe(true);
      }
      await page.goto("/todos");
      const form = page.locator("form").filter({ has: page.locator("#new-todo") });
      await expect(form).toBeVisible();
      await expectAccessibleAtBothWidths(page, `quick add empty (${lang})`, async (device, theme) => {
        await form.screenshot({ path: `${screens}/quick-add-${lang}-${device}-${theme}-empty.png` });
      });

      await page.locator("#new-todo").fill(phrase.text);
      await expect(page.getByTestId("quick-add-chips")).toBeVisible();
      await expectAccessibleAtBothWidths(page, `quick add typed (${lang})`, async (device, theme) => {
        await form.screenshot({ path: `${screens}/quick-add-${lang}-${device}-${theme}-typed.png` });
      });
    });
  });
}

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createSchedulesViaApi, markDoneViaApi, signUpForCalendar, utcDate } from "./calendar-helpers";
import { logInByApi, settle, whileCalling } from "./helpers";

// Not assertions: pictures of the agenda and of search results, at desktop and
// phone widths, in English and Korean, light and dark, to look at
// (<E2E_OUTPUT_DIR>/screens/agenda-*.png and search-*.png).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 }, small: { width: 320, height: 640 } };
const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results";
const shot = (page: Page, name: string) => page.screenshot({ path: `${outputDir}/screens/${name}.png`, fullPage: false });
const at = (days: number, time: string) => `${utcDate(days)}T${time}:00.000Z`;

test.use({ timezoneId: "UTC" });
test.describe.configure({ timeout: 120_000 });

for (const locale of ["en-US", "ko-KR"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`agenda and search in ${locale}`, async ({ page }) => {
      await signUpForCalendar(page);
      const ids = await createSchedulesViaApi(page, [
        { title: "Team stand-up", startAt: at(0, "09:00"), endAt: at(0, "09:30") },
        { title: "주간 회의", memo: "3층 회의실, 분기 계획 회의 자료 준비", startAt: at(0, "13:00"), endAt: at(0, "14:00") },
        { title: "Dentist", startAt: at(1, "16:00"), endAt: at(1, "16:30") },
        { title: "Design review with the whole product team about the new onboarding", startAt: at(3, "10:00"), endAt: at(3, "11:30") },
        { title: "회의 준비", startAt: at(7, "08:00"), endAt: at(7, "09:00") },
        { title: "Late flight", startAt: at(8, "22:00"), endAt: at(9, "02:00") },
        { title: "지난 회의", startAt: at(-4, "10:00"), endAt: at(-4, "11:00") },
      ]);
      await markDoneViaApi(page, ids[0]!);
      await page.request.post("/api/trpc/todo.create", { data: { json: { contents: "회의록 정리해서 공유하기" } } });
      // An all-day trip over three days and a weekly meeting, as the agenda shows them.
      await page.request.post("/api/trpc/schedule.create", { data: { json: { title: "제주 여행", startDate: utcDate(2), endDate: utcDate(4) } } });
      await page.request.post("/api/trpc/schedule.create", {
        data: {
          json: { title: "1:1 with Mina", startAt: at(1, "11:00"), endAt: at(1, "11:30"), recurrence: "RRULE:FREQ=WEEKLY;COUNT=8" },
          meta: { values: { startAt: ["Date"], endAt: ["Date"] } },
        },
      });

      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        for (const theme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await whileCalling(page, "schedule.range", () => page.goto("/calendar?view=agenda").then(() => undefined));
          await expect(page.getByTestId("agenda-title").first()).toBeVisible();
          await settle(page);
          await shot(page, `agenda-${locale}-${device}-${theme}`);
          await whileCalling(page, "search.query", () => page.goto(`/search?q=${encodeURIComponent("회의")}`).then(() => undefined));
          await expect(page.getByTestId("search-results")).toBeVisible();
          await settle(page);
          await shot(page, `search-${locale}-${device}-${theme}`);
        }
      }
    });
  });
}

test("a subscriber's agenda: shared calendars in their colours", async ({ page }) => {
  await logInByApi(page, "viewer01", "viewer01-pass");
  for (const [device, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    await page.goto("/calendar?view=agenda");
    await expect(page.getByTestId("agenda-title").first()).toBeVisible();
    await settle(page);
    await shot(page, `agenda-subscriber-${device}`);
  }
});

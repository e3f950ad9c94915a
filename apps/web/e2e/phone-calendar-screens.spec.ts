import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createSchedulesViaApi, openCalendar, signUpForCalendar } from "./calendar-helpers";
import { settle } from "./helpers";

// Not assertions: the calendar's day, week and month views at phone widths (and
// the desktop's), in both languages and both themes, to look at. SHOTS_DIR
// picks the folder (test-results/screens/ otherwise).
const outputDir = process.env.SHOTS_DIR ?? `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;
const sizes = { "390": { width: 390, height: 844 }, "320": { width: 320, height: 640 }, desktop: { width: 1280, height: 800 } };

test.use({ timezoneId: "UTC" });
test.describe.configure({ timeout: 180_000 });

const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

async function mutate(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

async function fill(page: Page) {
  await createSchedulesViaApi(page, [
    { title: "Dentist", startAt: at("2030-01-08", "15:00"), endAt: at("2030-01-08", "16:00") },
    { title: "Standup", startAt: at("2030-01-09", "09:00"), endAt: at("2030-01-09", "09:30") },
    { title: "Design review with the whole product team", startAt: at("2030-01-09", "10:00"), endAt: at("2030-01-09", "11:30") },
    { title: "팀 회의", startAt: at("2030-01-09", "14:00"), endAt: at("2030-01-09", "15:00") },
    { title: "Night shift", startAt: at("2030-01-09", "22:00"), endAt: at("2030-01-10", "02:00") },
    { title: "Conference trip", startAt: at("2030-01-10", "08:00"), endAt: at("2030-01-12", "18:00") },
    { title: "Gym", startAt: at("2030-01-14", "07:00"), endAt: at("2030-01-14", "08:00") },
    { title: "Quarterly planning", startAt: at("2030-01-14", "09:00"), endAt: at("2030-01-14", "11:00") },
    { title: "Call Mum", startAt: at("2030-01-14", "18:00"), endAt: at("2030-01-14", "18:30") },
    { title: "Book club", startAt: at("2030-01-14", "20:00"), endAt: at("2030-01-14", "21:00") },
  ]);
}

test("the calendar at phone and desktop widths, en and ko, light and dark", async ({ page }) => {
  await signUpForCalendar(page);
  await fill(page);
  for (const locale of ["en", "ko"] as const) {
    await mutate(page, "account.updateLocale", { locale });
    for (const theme of ["light", "dark"] as const) {
      await mutate(page, "account.updateTheme", { theme });
      for (const [size, viewport] of Object.entries(sizes)) {
        await page.setViewportSize(viewport);
        for (const view of ["day", "week", "month"] as const) {
          await openCalendar(page, `view=${view}&date=2030-01-09`);
          await settle(page);
          await page.screenshot({ path: `${outputDir}/${size}-${view}-${locale}-${theme}.png` });
        }
      }
    }
  }
  expect(true).toBe(true);
});

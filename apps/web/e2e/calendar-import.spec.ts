import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { calendarEvent, openCalendar } from "./calendar-helpers";
import { holdRequests, signUpAndLogInByApi, trpcCall, whileCalling } from "./helpers";

// Settings → Import with the hand-written Google Calendar export the API's
// tests import too: the preview's numbers, the import with its progress bar,
// and the schedules in the calendar. Its own account, in New York (the file's zone).
test.use({ timezoneId: "America/New_York", locale: "en-US" });

const FIXTURE = fileURLToPath(new URL("../../../packages/api/test/fixtures/google-calendar-export.ics", import.meta.url));

test("Settings → Import: preview a Google Calendar export, import it with a progress bar, see it in the calendar", async ({ page }) => {
  await signUpAndLogInByApi(page, "imp");
  await page.goto("/settings#import");
  const section = page.locator("section#import");
  await whileCalling(page, "schedule.importPreview", () => section.getByLabel("Choose a file").setInputFiles(FIXTURE));

  const preview = section.getByTestId("import-preview");
  await expect(preview.getByRole("heading", { name: "What google-calendar-export.ics will import" })).toBeVisible();
  await expect(preview.getByTestId("import-count")).toHaveText("10");
  await expect(preview.getByTestId("import-repeating")).toHaveText("2");
  await expect(preview.getByTestId("import-all-day")).toHaveText("3");
  await expect(preview.getByTestId("import-range")).toHaveText("Jan 4, 2027 to Mar 31, 2027 · 1 never ends");
  await expect(preview.getByTestId("import-grid")).toContainText("1 schedule moves, for example:");
  await expect(preview.getByTestId("import-grid")).toContainText("Dentist, Jan 20, 2027: 09:10–09:50 becomes 09:00–10:00");
  await expect(preview).toContainText("Book club: 3 occurrences");
  await expectNoAxeViolations(page, "/settings with an import preview");

  // The batch is held, so the progress bar is seen at its start.
  const release = await holdRequests(page, trpcCall("schedule.importBatch"));
  await section.getByRole("button", { name: "Import 10 schedules" }).click();
  const progress = section.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "0");
  await expect(progress).toHaveAttribute("aria-valuemax", "10");
  await release();
  await expect(section.getByTestId("import-done")).toContainText("10 schedules added, 0 updated, 0 unchanged.");

  await openCalendar(page, "view=week&date=2027-01-18");
  for (const title of ["Company holiday", "Team standup", "Dentist", "Call with the Berlin office"]) await expect(calendarEvent(page, title).first()).toBeVisible();
  // The dentist on the half-hour grid: 9:00 to 10:00.
  await expect(calendarEvent(page, "Dentist")).toContainText("9:00");

  // The same file again: nothing new.
  await page.goto("/settings#import");
  await whileCalling(page, "schedule.importPreview", () => section.getByLabel("Choose a file").setInputFiles(FIXTURE));
  await expect(section.getByTestId("import-changes")).toContainText("10 are unchanged and left alone");
  await expect(section.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();
});

test("a file chosen before the page's script has run is read once it has", async ({ page }) => {
  await signUpAndLogInByApi(page, "impearly");
  // The page's scripts are held back: the label still opens the browser's picker, React is not listening yet.
  const releaseScripts = await holdRequests(page, (url) => url.pathname.startsWith("/_next/static/chunks/"));
  await page.goto("/settings#import", { waitUntil: "domcontentloaded" });
  const section = page.locator("section#import");
  await section.getByLabel("Choose a file").setInputFiles(FIXTURE);
  await whileCalling(page, "schedule.importPreview", releaseScripts);
  await expect(section.getByTestId("import-preview").getByTestId("import-count")).toHaveText("10");
});

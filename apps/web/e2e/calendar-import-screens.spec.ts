import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { holdRequests, settle, signUpAndLogInByApi, trpcCall, whileCalling } from "./helpers";

// Not assertions: pictures of Settings → Import (the file picker, a refused
// file, a preview with every kind of note, the progress bar, the result) in
// both languages and themes, at desktop and phone widths (<output dir>/screens/).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;
test.use({ timezoneId: "America/New_York" });

const fixture = readFileSync(new URL("../../../packages/api/test/fixtures/google-calendar-export.ics", import.meta.url), "utf8");
// The fixture plus what the preview has more to say about: a title too long, an event without a start, an alarm it cannot keep, a to-do.
const extra = [
  "BEGIN:VEVENT\r\nUID:long@example.com\r\nDTSTART:20270301T150000Z\r\nDTEND:20270301T160000Z\r\nSUMMARY:Quarterly planning with the whole product group, the design team, the support leads and everyone from sales who wants to come along\r\nEND:VEVENT",
  "BEGIN:VEVENT\r\nUID:nostart@example.com\r\nSUMMARY:Coffee with Dana\r\nEND:VEVENT",
  "BEGIN:VEVENT\r\nUID:alarm@example.com\r\nDTSTART:20270302T150000Z\r\nDTEND:20270302T160000Z\r\nSUMMARY:Review\r\nBEGIN:VALARM\r\nTRIGGER;RELATED=END:-PT5M\r\nEND:VALARM\r\nEND:VEVENT",
  "BEGIN:VTODO\r\nUID:todo@example.com\r\nSUMMARY:Buy a present\r\nEND:VTODO",
].join("\r\n");
const richFile = { name: "jamie@example.com.ics", mimeType: "text/calendar", buffer: Buffer.from(fixture.replace("END:VCALENDAR", `${extra}\r\nEND:VCALENDAR`)) };
const notACalendar = { name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Email\nDana,dana@example.com\n") };

async function shoot(page: Page, name: string) {
  const section = page.locator("section#import");
  await section.scrollIntoViewIfNeeded();
  await settle(page);
  await section.screenshot({ path: `${screens}/${name}.png` });
}

async function choose(page: Page, file: typeof richFile) {
  await whileCalling(page, "schedule.importPreview", () => page.locator("section#import").getByLabel(/Choose a file|파일 선택/).setInputFiles(file));
}

for (const [locale, colorScheme] of [["en-US", "light"], ["en-US", "dark"], ["ko-KR", "light"], ["ko-KR", "dark"]] as const) {
  test.describe(`${locale} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test(`Import in ${locale}, ${colorScheme}`, async ({ page }) => {
      test.slow();
      const prefix = `${locale.slice(0, 2)}-${colorScheme}`;
      await signUpAndLogInByApi(page, "shot");
      const section = page.locator("section#import");
      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        // A full load each time (the same address with only its #part would keep the last preview).
        await page.goto(`/settings?width=${device}#import`);
        await expect(section.getByTestId("import-drop-zone")).toBeVisible();
        await shoot(page, `${prefix}-${device}-import-choose`);
        await choose(page, notACalendar);
        await expect(section.getByTestId("form-alert")).toBeVisible();
        await shoot(page, `${prefix}-${device}-import-refused`);
        await choose(page, richFile);
        await expect(section.getByTestId("import-preview")).toBeVisible();
        await shoot(page, `${prefix}-${device}-import-preview`);
      }

      const release = await holdRequests(page, trpcCall("schedule.importBatch"));
      await section.getByRole("button").first().click();
      await expect(section.getByRole("progressbar")).toBeVisible();
      await shoot(page, `${prefix}-phone-import-progress`);
      await page.setViewportSize(widths.desktop);
      await shoot(page, `${prefix}-desktop-import-progress`);
      await release();
      await expect(section.getByTestId("import-done")).toBeVisible();
      await shoot(page, `${prefix}-desktop-import-done`);
      await page.setViewportSize(widths.phone);
      await shoot(page, `${prefix}-phone-import-done`);
    });
  });
}

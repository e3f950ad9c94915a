import type { Page } from "@playwright/test";

/** The time-zone picker labelled `label` (a combobox whose text is "(UTC+09:00) Seoul"). */
export function timeZonePicker(page: Page, label = "Time zone") {
  return page.getByRole("combobox", { name: label, exact: true });
}

/** Chooses a zone the way a person does: type part of its name, click the option ("Tokyo" → "(UTC+09:00) Tokyo"). */
export async function chooseTimeZone(page: Page, city: string, label = "Time zone") {
  const picker = timeZonePicker(page, label);
  await picker.click();
  await picker.fill(city);
  await page.getByRole("option", { name: new RegExp(`\\) ${city}\\b`) }).first().click();
}

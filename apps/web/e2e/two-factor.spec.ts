import type { Browser, Locator, Page } from "@playwright/test";
import { generateSync } from "otplib";
import { expect, test } from "./fixtures";
import { expectAccessibleAtBothWidths } from "./axe";
import { FRESH_PASSWORD, logInAs, logOut, openUserAsAdmin } from "./account-helpers";
import { serverNow } from "./notification-helpers";
import { expectLoggedInAs, formAlert, logIn, signUpAndLogInByApi, toasts } from "./helpers";

// Two-step verification end to end: enrolment in Settings → Security (the test
// is the authenticator app: it computes the codes from the key on the page),
// the second step at log-in, a wrong code, recovery codes (each once),
// turning it off, and an admin removing it for someone who lost their phone.

/**
 * The app's code for `secret`, `stepsAhead` 30-second steps from now: the server's
 * now, as an authenticator whose clock agrees with it (the notifications spec moves
 * the server's test clock ahead of the wall clock).
 */
async function codeFor(page: Page, secret: string, stepsAhead = 0): Promise<string> {
  const now = await serverNow(page);
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) + stepsAhead * 30 });
}

function twoStepSection(page: Page): Locator {
  return page.getByRole("region", { name: "Two-step verification" });
}

/** axe on the states accessibility.spec does not reach (it sees the section off); TWO_FACTOR_SCREENSHOTS=1 also saves each. */
const expectTwoStepAccessible = (page: Page, where: string) =>
  expectAccessibleAtBothWidths(page, where, async (device, theme) => {
    if (process.env.TWO_FACTOR_SCREENSHOTS) await page.screenshot({ path: `test-results/two-factor-${where.replace(/\W+/g, "-")}-${device}-${theme}.png`, fullPage: false });
  });

/** Turns two-step verification on in Settings → Security; returns the key and the recovery codes. */
async function enrol(page: Page, options: { checkAccessibility?: boolean } = {}): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto("/settings#two-step");
  const section = twoStepSection(page);
  await expect(section.getByTestId("two-factor-status")).toHaveText("Two-step verification is off");
  await section.getByRole("button", { name: "Set up" }).click();
  await expect(section.getByRole("img", { name: "QR code for adding Planner to an authenticator app" })).toBeVisible();
  const secret = (await section.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const codeField = section.getByLabel("Code from the app");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  if (options.checkAccessibility) await expectTwoStepAccessible(page, "enrolment");

  // A wrong code does not turn it on.
  await codeField.fill(await codeFor(page, secret, 20));
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByText("That code is not correct.", { exact: false })).toBeVisible();

  await codeField.fill(await codeFor(page, secret));
  await section.getByRole("button", { name: "Turn on" }).click();
  const codes = section.getByTestId("recovery-code");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expect(section.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(section.getByRole("button", { name: "Download" })).toBeVisible();
  if (options.checkAccessibility) await expectTwoStepAccessible(page, "recovery codes");
  await section.getByRole("button", { name: "I have saved them" }).click();
  await expect(section.getByTestId("two-factor-status")).toHaveText("Two-step verification is on");
  await expect(section).toContainText("10 recovery codes left");
  return { secret, recoveryCodes };
}

/** The log-in form up to its second step. */
async function logInToSecondStep(page: Page, username: string) {
  await page.goto("/login");
  await logIn(page, username, FRESH_PASSWORD);
  await expect(page.getByTestId("second-step-intro")).toBeVisible();
}

async function submitCode(page: Page, code: string) {
  await page.getByRole("textbox", { name: /Verification code|Recovery code/ }).fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("two-step verification: enrol, log in with the code, a wrong code refused, a recovery code once, turn off", async ({ page }) => {
  // Five log-ins and two trips to the settings: more than the default 30 s on a busy machine.
  test.slow();
  const username = await signUpAndLogInByApi(page, "tfa");
  const { secret, recoveryCodes } = await enrol(page, { checkAccessibility: true });
  await logOut(page);

  // The password alone is not enough now.
  await logInToSecondStep(page, username);
  const codeField = page.getByLabel("Verification code");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await expect(page).toHaveURL(/\/login/);
  await expectTwoStepAccessible(page, "log-in second step");

  // A wrong code is refused at the field.
  await submitCode(page, await codeFor(page, secret, 20));
  await expect(page.getByText("That code is not correct. Check the time on your device, or use a recovery code.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  // The enrolment used this step's code: the app's next one logs in.
  await submitCode(page, await codeFor(page, secret, 1));
  await expect(page).toHaveURL(/\/calendar/);
  await expectLoggedInAs(page, username);
  await logOut(page);

  // A recovery code works once…
  await logInToSecondStep(page, username);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await expect(page.getByLabel("Recovery code")).toHaveAttribute("inputmode", "text");
  await submitCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/calendar/);
  await logOut(page);

  // …and not twice.
  await logInToSecondStep(page, username);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await submitCode(page, recoveryCodes[0]!);
  await expect(page.getByText("That code is not correct.", { exact: false })).toBeVisible();
  await submitCode(page, recoveryCodes[1]!.toUpperCase());
  await expect(page).toHaveURL(/\/calendar/);

  // Turning it off needs the password and a code.
  await page.goto("/settings#two-step");
  const section = twoStepSection(page);
  await expect(section).toContainText("8 recovery codes left");
  await section.getByRole("button", { name: "Turn off" }).click();
  const form = section.getByRole("form", { name: "Turn off two-step verification" });
  await form.getByLabel("Password").fill("not the password");
  await form.getByLabel("Code from the app or recovery code").fill(recoveryCodes[2]!);
  await form.getByRole("button", { name: "Turn off" }).click();
  await expect(form.getByText("That password is not correct.")).toBeVisible();
  await form.getByLabel("Password").fill(FRESH_PASSWORD);
  await form.getByRole("button", { name: "Turn off" }).click();
  await expect(section.getByTestId("two-factor-status")).toHaveText("Two-step verification is off");
  await expect(toasts(page)).toContainText("Two-step verification is off.");
  await logOut(page);

  // The password alone logs in again.
  await logIn(page, username, FRESH_PASSWORD);
  await expect(page).toHaveURL(/\/calendar/);
  await expect(formAlert(page)).toHaveCount(0);
});

async function userPage(browser: Browser): Promise<{ page: Page; username: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const username = await signUpAndLogInByApi(page, "tfa");
  return { page, username, close: () => context.close() };
}

test("an admin sees who has two-step verification and removes it for someone who lost their phone, signing them out", async ({ browser, page }) => {
  test.slow();
  const owner = await userPage(browser);
  await enrol(owner.page);

  await logInAs(page, "admin", "admin-pass-1");
  await page.goto(`/admin?q=${owner.username}`);
  await expect(page.getByRole("row", { name: new RegExp(owner.username) }).getByTestId("two-factor-mark")).toBeVisible();
  await openUserAsAdmin(page, owner.username);
  await expect(page.getByTestId("user-two-factor")).toHaveText("On");
  await page.getByRole("button", { name: "Remove two-step verification" }).click();
  const dialog = page.getByTestId("remove-two-factor-dialog");
  await dialog.getByRole("button", { name: "Remove two-step verification" }).click();
  await expect(toasts(page)).toContainText("Removed two-step verification");
  await expect(page.getByTestId("user-two-factor")).toHaveText("Off");

  // The owner's session ended; the password alone logs in now.
  await owner.page.goto("/settings");
  await expect(owner.page).toHaveURL(/\/login/);
  await logIn(owner.page, owner.username, FRESH_PASSWORD);
  await expect(owner.page).toHaveURL(/\/calendar|\/settings/);
  await expectLoggedInAs(owner.page, owner.username);
  await owner.close();
});

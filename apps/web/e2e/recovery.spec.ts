import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logInAs, openUserAsAdmin } from "./account-helpers";
import { FRESH_PASSWORD, createAccountByApi, expectLoggedInAs, formAlert, logIn, uniqueUsername } from "./helpers";
import { mailTo, passwordLinkIn } from "./mailbox";

// Getting back in: "forgot password" through the real SMTP listener of the e2e
// server, and the links admins hand over (a reset link, a new account's first password).

const NEW_PASSWORD = "a recovered passphrase";

// Two or three browsers each: more steps than one page's budget.
test.describe.configure({ timeout: 60_000 });

/** A fresh account, also logged in from a second browser whose session the reset must end. */
async function accountWithOtherSession(browser: Browser, page: Page): Promise<{ username: string; other: Page }> {
  const username = uniqueUsername("rec");
  await page.goto("/login");
  await createAccountByApi(page, username);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await logInAs(other, username, FRESH_PASSWORD);
  await other.goto("/todos");
  await expect(other).toHaveURL(/\/todos$/);
  return { username, other };
}

async function setNewPassword(page: Page, heading: string, password = NEW_PASSWORD) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=done$/);
  await expect(page.getByRole("note", { name: "Your password is set" })).toBeVisible();
}

test("forgot password: the e-mail's link sets a new password once and logs out every device", async ({ browser, page }) => {
  const { username, other } = await accountWithOtherSession(browser, page);
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();

  // A typo first: explained at the field, nothing sent.
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("note", { name: "Check your email" })).toBeVisible();

  const mail = await mailTo(`${username}@example.com`);
  expect(mail.subject).toBe("Reset your Planner password");
  const link = passwordLinkIn(mail.text);
  await page.goto(link);
  await expect(page.getByText(`For ${username}.`)).toBeVisible();
  await setNewPassword(page, "Choose a new password");

  // The other browser's session is over.
  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();

  // The old password no longer works; the new one does.
  await logIn(page, username, FRESH_PASSWORD);
  await expect(formAlert(page)).toHaveText("The username/email or password is incorrect.");
  await logIn(page, username, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/calendar/);
  await expectLoggedInAs(page, username);

  // The link worked once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/forgot-password");
});

test("forgot password gives the same answer for an address with no account", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody-here@example.com");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("note", { name: "Check your email" })).toContainText("If an account uses nobody-here@example.com");
});

test("a link cut short or made up says so and offers a new one", async ({ page }) => {
  await page.goto("/reset-password");
  await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await page.goto(`/reset-password#token=${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
});

test("an admin's reset link, handed over, lets the user choose a new password", async ({ browser, page }) => {
  const { username, other } = await accountWithOtherSession(browser, page);
  await logInAs(page, "admin", "admin-pass-1");
  await openUserAsAdmin(page, username);
  await page.getByRole("button", { name: "Make a reset link" }).click();
  const dialog = page.getByTestId("reset-link-dialog");
  await dialog.getByRole("button", { name: "Make link" }).click();
  const url = await dialog.getByLabel("One-time link").inputValue();
  expect(url).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Close" }).last().click();

  const owner = await (await browser.newContext()).newPage();
  await owner.goto(new URL(url).pathname + new URL(url).hash);
  await setNewPassword(owner, "Choose a new password");
  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await logIn(owner, username, NEW_PASSWORD);
  await expectLoggedInAs(owner, username);
  await owner.context().close();
  await other.context().close();
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("an admin creates an account; its owner sets the first password through the link", async ({ browser, page }) => {
    const username = uniqueUsername("made");
    await logInAs(page, "admin", "admin-pass-1");
    await page.goto("/admin");
    await page.getByRole("button", { name: "새 계정" }).click();
    const dialog = page.getByTestId("create-user-dialog");
    await dialog.getByLabel("사용자 이름").fill(username);
    await dialog.getByLabel("이메일").fill(`${username}@example.com`);
    await dialog.getByLabel("이름 (선택)").fill("새 사람");
    await dialog.getByRole("button", { name: "계정 만들기" }).click();
    await expect(dialog.getByRole("heading", { name: "계정을 만들었습니다" })).toBeVisible();
    const url = await dialog.getByLabel("일회용 링크").inputValue();

    const owner = await (await browser.newContext({ locale: "ko-KR" })).newPage();
    await owner.goto(new URL(url).pathname + new URL(url).hash);
    await expect(owner.getByRole("heading", { level: 1, name: "비밀번호 정하기" })).toBeVisible();
    await expect(owner.getByText(`${username} 님, 환영합니다.`)).toBeVisible();
    await owner.getByLabel("새 비밀번호", { exact: true }).fill("짧음");
    await owner.getByLabel("비밀번호 확인").fill("짧음");
    await owner.getByRole("button", { name: "비밀번호 정하기" }).click();
    await expect(owner.getByText(/자 이상/).first()).toBeVisible();
    await owner.getByLabel("새 비밀번호", { exact: true }).fill(NEW_PASSWORD);
    await owner.getByLabel("비밀번호 확인").fill(NEW_PASSWORD);
    await owner.getByRole("button", { name: "비밀번호 정하기" }).click();
    await expect(owner).toHaveURL(/\/login\?reset=done$/);
    await expect(owner.getByRole("note", { name: "비밀번호를 정했습니다" })).toBeVisible();
    await owner.getByLabel("사용자 이름 또는 이메일").fill(username);
    await owner.getByLabel("비밀번호", { exact: true }).fill(NEW_PASSWORD);
    await owner.getByRole("button", { name: "로그인" }).click();
    await expect(owner).toHaveURL(/\/calendar/);
    await expectLoggedInAs(owner, "새 사람");
    await owner.context().close();
  });
});

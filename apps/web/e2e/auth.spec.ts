import { expect, test } from "./fixtures";
import { expectLoggedInAs, formAlert, logIn, signUp, uniqueUsername } from "./helpers";

test("sign up, get logged in, log out and log in again", async ({ page }) => {
  const username = uniqueUsername();
  await signUp(page, username);
  await expect(page).toHaveURL(/\/calendar$/);
  await expectLoggedInAs(page, username);
  await expect(page.getByTestId("role-badge")).toHaveText("User");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/login$/);
  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcalendar$/);

  await logIn(page, `${username}@example.com`, "a fine password");
  await expect(page).toHaveURL(/\/calendar$/);
  await expectLoggedInAs(page, username);
});

test("a wrong password is shown without saying which part was wrong", async ({ page }) => {
  const username = uniqueUsername();
  await signUp(page, username);
  await expect(page).toHaveURL(/\/calendar$/);
  await page.getByRole("button", { name: "Log out" }).click();
  // The log-in page loaded (its script too): a click before that would be the browser's own form submit.
  await page.waitForURL(/\/login$/);

  await logIn(page, username, "not my password");
  await expect(formAlert(page)).toHaveText("The username/email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, "nobody_at_all", "whatever it is");
  await expect(formAlert(page)).toHaveText("The username/email or password is incorrect.");
});

test("a duplicate email is shown at the email field", async ({ page }) => {
  const first = uniqueUsername();
  await signUp(page, first);
  await expect(page).toHaveURL(/\/calendar$/);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto("/signup");
  await page.getByLabel("Username").fill(uniqueUsername());
  await page.getByLabel("Email").fill(`${first.toUpperCase()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a fine password");
  await page.getByLabel("Confirm password").fill("a fine password");
  await page.getByRole("button", { name: "Create account" }).click();

  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText("An account with that email address already exists.");
  await expect(page).toHaveURL(/\/signup$/);
});

test("the form checks fields before sending, with the server's rules", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Username").fill("No Spaces");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#username-error")).toHaveText("Use only letters a–z, digits, _ and -.");
  await expect(page.locator("#email-error")).toHaveText("Enter a valid email address.");
  await expect(page.locator("#password-error")).toHaveText("Use at least 8 characters.");
  await expect(page.locator("#confirmPassword-error")).toHaveText("The passwords do not match.");
});

test("a logged-out visit to /calendar goes to /login and returns after log-in", async ({ page }) => {
  await page.goto("/calendar?view=week");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcalendar%3Fview%3Dweek$/);
  await logIn(page, "user01", "user01-pass");
  await expect(page).toHaveURL(/\/calendar\?view=week$/);
  await expectLoggedInAs(page, "Uma User");
});

test("admins see the Admin link, users do not", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, "admin", "admin-pass-1");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
  await expect(page.getByTestId("role-badge")).toHaveText("Admin");
  await page.getByRole("button", { name: "Log out" }).click();

  await logIn(page, "user02", "user02-pass");
  await expectLoggedInAs(page, "Ulf User");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("what is typed (or autofilled) before the page's script runs is kept and logs in; until then Log in waits", async ({ page }) => {
  // The page's script is held back until both fields are filled in, as on a slow connection.
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/login", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Username or email").fill("user02");
  await page.getByLabel("Password", { exact: true }).fill("user02-pass");
  // A click now would be the browser's own submit, which reloads the page and loses both fields.
  await expect(page.getByRole("button", { name: "Log in" })).toBeDisabled();
  releaseScripts();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Log in" })).toBeEnabled();
  await expect(page.getByLabel("Username or email")).toHaveValue("user02");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/calendar$/);
});

import { expect, test } from "./fixtures";
import {
  FRESH_PASSWORD,
  INCORRECT_LOGIN,
  changeRole,
  deleteOpenUser,
  deleteUsersByApi,
  findUsersByApi,
  followLink,
  followers,
  freshSubscriber,
  logInAs,
  logOut,
  shareWith,
  signUpByApi,
  signUpElsewhere,
  sonner,
} from "./account-helpers";
import { expectLoggedInAs, formAlert, logIn, signUpAndLogInByApi, whileCalling } from "./helpers";
import { chooseTimeZone, timeZonePicker } from "./time-zone-helpers";

test("an admin finds a new user, changes the role and back, shares their calendar and deletes the account", async ({ browser, page }) => {
  test.slow();
  const owner = await signUpElsewhere(browser, "own");
  await logInAs(page, "admin", "admin-pass-1");
  const subscriber = await freshSubscriber(browser, page);

  // Found by part of the username, debounced into the URL.
  await page.goto("/admin");
  await page.getByLabel("Search users by username or email").fill(owner.slice(0, -1));
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=${owner.slice(0, -1)}$`));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: owner, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("user-role")).toHaveText("User");
  await page.getByLabel("Search users by username or email").press("End");
  await page.keyboard.type(owner.slice(-1));
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=${owner}$`));
  await expect(page.getByTestId("users-range")).toHaveText("1–1 of 1 user");
  await page.reload();
  await expect(page.getByLabel("Search users by username or email")).toHaveValue(owner);
  await expect(row).toBeVisible();

  // To subscriber and back: the badge follows, on the page and in the table.
  await followLink(page, row.getByRole("link", { name: owner }), /\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: owner, exact: true })).toBeVisible();
  const userUrl = page.url();
  await changeRole(page, "Subscriber");
  await expect(page.getByTestId("user-page-role")).toHaveText("Subscriber");
  await expect(sonner(page).getByText(`${owner} is now a subscriber.`)).toBeVisible();
  await expect(page.getByRole("note", { name: "Nothing to share" })).toBeVisible();
  await page.goto(`/admin?q=${owner}&role=SUBSCRIBER`);
  await expect(row.getByTestId("user-role")).toHaveText("Subscriber");
  await page.goto(userUrl);
  await changeRole(page, "User");
  await expect(page.getByTestId("user-page-role")).toHaveText("User");
  await page.goto(`/admin?q=${owner}`);
  await expect(row.getByTestId("user-role")).toHaveText("User");

  // Sharing their calendar: only subscribers can follow; errors at the field.
  await page.goto(userUrl);
  await expect(page.getByTestId("no-followers")).toBeVisible();
  await shareWith(page, "admin.shares.grant", "user02");
  await expect(page.locator("#share-subscriber-error")).toHaveText("user02 is not a subscriber account.");
  await expect(page.getByLabel("Subscriber’s username or email")).toHaveAttribute("aria-invalid", "true");
  await shareWith(page, "admin.shares.grant", "nobody_by_that_name");
  await expect(page.locator("#share-subscriber-error")).toHaveText("No account has that username or email.");
  await shareWith(page, "admin.shares.grant", `${subscriber.toUpperCase()}@example.com`);
  await expect(followers(page)).toHaveCount(1);
  await expect(followers(page).first()).toContainText(`@${subscriber}`);
  await expect(followers(page).first()).toContainText("shared by @admin");
  await expect(page.getByLabel("Subscriber’s username or email")).toHaveValue("");
  await page.reload();
  await expect(followers(page)).toHaveCount(1);

  // Revoke (confirmed), then share again for the subscriber's side below.
  await page.getByRole("button", { name: `Stop sharing with ${subscriber}` }).click();
  await whileCalling(page, "admin.shares.revoke", () => page.getByTestId("revoke-dialog").getByRole("button", { name: "Stop sharing" }).click());
  await expect(page.getByTestId("no-followers")).toBeVisible();
  await shareWith(page, "admin.shares.grant", subscriber);
  await expect(followers(page)).toHaveCount(1);

  // The subscriber sees it in their settings.
  const subscriberContext = await browser.newContext();
  const subscriberPage = await subscriberContext.newPage();
  await logInAs(subscriberPage, subscriber, FRESH_PASSWORD);
  await subscriberPage.goto("/settings");
  const shared = subscriberPage.getByRole("list", { name: "Calendars shared with you" }).getByRole("listitem");
  await expect(shared).toHaveCount(1);
  await expect(shared.first()).toContainText(`@${owner}`);
  await subscriberContext.close();

  // Deleting: the dialog names the user and wants the username typed.
  await page.getByRole("button", { name: "Delete user" }).click();
  const dialog = page.getByTestId("delete-user-dialog");
  await expect(dialog.getByRole("heading", { name: `Delete ${owner}?` })).toBeVisible();
  await dialog.getByLabel(`Type ${owner} to confirm`).fill("not-the-name");
  await dialog.getByRole("button", { name: "Delete user" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(`Type ${owner} to confirm.`);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await deleteOpenUser(page, owner);
  await expect(sonner(page).getByText(`Deleted ${owner} (@${owner}) and everything of theirs.`)).toBeVisible();
  await page.goto(userUrl);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.goto(`/admin?q=${owner}`);
  await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();

  await deleteUsersByApi(page, [subscriber]);
  await logOut(page);
  await logIn(page, owner, FRESH_PASSWORD);
  await expect(formAlert(page)).toHaveText(INCORRECT_LOGIN);
});

test("the table sorts by its column heads and pages, all in the URL", async ({ page }) => {
  test.slow();
  await logInAs(page, "admin", "admin-pass-1");
  // Three to sort (their usernames grow with time), and over 20 users in all for a second page.
  // A prefix of this attempt's own: a retry must not find the accounts an earlier attempt made.
  const prefix = `tbl${test.info().retry}`;
  const made = [await signUpByApi(page, prefix), await signUpByApi(page, prefix), await signUpByApi(page, prefix)];
  const total = (await findUsersByApi(page, "")).length;
  for (let count = total; count <= 20; count += 1) made.push(await signUpByApi(page, "pad"));

  await page.goto(`/admin?q=${prefix}_`);
  await expect(page.getByRole("columnheader", { name: "Joined" })).toHaveAttribute("aria-sort", "descending");
  const usernames = page.getByRole("row").locator("td:nth-child(2)");
  await expect(usernames).toHaveText(made.slice(0, 3).reverse().map((name) => `@${name}`));

  await page.getByRole("columnheader", { name: "Username" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=${prefix}_&sort=username&order=asc$`));
  await expect(page.getByRole("columnheader", { name: "Username" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: "Joined" })).toHaveAttribute("aria-sort", "none");
  await expect(usernames).toHaveText(made.slice(0, 3).map((name) => `@${name}`));
  await page.getByRole("columnheader", { name: "Username" }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=username&order=desc$/);
  await expect(page.getByRole("columnheader", { name: "Username" })).toHaveAttribute("aria-sort", "descending");
  await expect(usernames).toHaveText(made.slice(0, 3).reverse().map((name) => `@${name}`));
  await page.goBack();
  await expect(page.getByRole("columnheader", { name: "Username" })).toHaveAttribute("aria-sort", "ascending");

  // The role filter keeps the search.
  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: "Subscribers" });
  await expect(page).toHaveURL(new RegExp(`q=${prefix}_&role=SUBSCRIBER`));
  await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: "Users" });
  await expect(page.getByTestId("users-range")).toHaveText("1–3 of 3 users");

  // Page 2, 20 a page: its range follows on from page 1's.
  await page.goto("/admin");
  const all = Number((await page.getByTestId("users-range").textContent())?.match(/of (\d+)/)?.[1]);
  expect(all).toBeGreaterThan(20);
  await expect(page.getByTestId("users-range")).toHaveText(`1–20 of ${all} users`);
  await followLink(page, page.getByRole("navigation", { name: "User pages" }).getByRole("link", { name: "Page 2" }), /\/admin\?page=2$/);
  await expect(page.getByTestId("users-range")).toHaveText(`21–${Math.min(40, all)} of ${all} users`);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");

  await page.goto("/admin?q=no-such-user-anywhere-at-all");
  await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
  await page.getByRole("link", { name: "Clear the search and filter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByLabel("Search users by username or email")).toHaveValue("");

  await deleteUsersByApi(page, made);
});

test("the last admin cannot be demoted, and others never see the admin pages", async ({ page }) => {
  await logInAs(page, "admin", "admin-pass-1");
  // Only with a single admin does the server refuse (never demote the demo admin for real).
  await page.goto("/admin?role=ADMIN");
  await expect(page.getByTestId("users-range")).toHaveText("1–1 of 1 user");
  await followLink(page, page.getByRole("link", { name: "Ada Admin" }), /\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ada Admin", exact: true })).toBeVisible();
  await changeRole(page, "User");
  await expect(page.locator("#role-error")).toHaveText("The last admin cannot be demoted. Make someone else an admin first.");
  await expect(page.getByTestId("user-page-role")).toHaveText("Admin");
  await expect(page.getByRole("combobox", { name: "Role", exact: true })).toHaveValue("ADMIN");
  const adminUrl = page.url();
  await logOut(page);

  await logInAs(page, "user01", "user01-pass");
  await page.goto(adminUrl);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.goto("/admin?q=user");
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("a user changes the password in settings, stays logged in, and only the new one works", async ({ page }) => {
  test.slow();
  const username = await signUpAndLogInByApi(page, "pw");
  await page.goto("/settings");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a newer password");
  await page.getByLabel("Confirm new password").fill("a newer password");
  await whileCalling(page, "account.changePassword", () => page.getByRole("button", { name: "Change password" }).click());
  await expect(page.locator("#currentPassword-error")).toHaveText("That password is not correct.");
  await expect(page.getByLabel("Current password")).toBeFocused();

  await page.getByLabel("Current password").fill(FRESH_PASSWORD);
  await page.getByLabel("Confirm new password").fill("a different one");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#confirmPassword-error")).toHaveText("The passwords do not match.");
  await page.getByLabel("Confirm new password").fill("a newer password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(sonner(page).getByText("Password changed. Other devices have been logged out.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");

  // Still logged in, on the server's word too.
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
  await expectLoggedInAs(page, username);

  await logOut(page);
  await logIn(page, username, FRESH_PASSWORD);
  await expect(formAlert(page)).toHaveText(INCORRECT_LOGIN);
  await logIn(page, username, "a newer password");
  await expect(page).toHaveURL(/\/calendar$/);
  await expectLoggedInAs(page, username);
});

test("a user edits the profile: the name shows in the header, the zone is kept", async ({ page }) => {
  const username = await signUpAndLogInByApi(page, "prof");
  await page.goto("/settings");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(username);

  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#name-error")).toHaveText("Enter your name.");

  await page.getByLabel("Name", { exact: true }).fill("Petra Profile");
  await chooseTimeZone(page, "Seoul");
  await whileCalling(page, "account.updateProfile", () => page.getByRole("button", { name: "Save profile" }).click());
  await expect(sonner(page).getByText("Profile saved.")).toBeVisible();
  await expectLoggedInAs(page, "Petra Profile");
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Petra Profile");
  await expect(timeZonePicker(page)).toHaveValue("(UTC+09:00) Seoul");
});

test("a user deletes their own account: logged out, and it cannot log in again", async ({ page }) => {
  const username = await signUpAndLogInByApi(page, "gone");
  await page.goto("/settings");

  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByTestId("delete-account-dialog");
  await expect(dialog.getByRole("heading", { name: "Delete your account?" })).toBeVisible();
  await expect(dialog.getByLabel("Your password")).toBeFocused();
  await dialog.getByLabel("Your password").fill("not my password");
  await whileCalling(page, "account.deleteAccount", () => dialog.getByRole("button", { name: "Delete my account" }).click());
  await expect(dialog.locator("#password-error")).toHaveText("That password is not correct.");

  // Escape closes it, nothing happens.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  await expectLoggedInAs(page, username);

  await page.getByRole("button", { name: "Delete my account" }).click();
  await dialog.getByLabel("Your password").fill(FRESH_PASSWORD);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await logIn(page, username, FRESH_PASSWORD);
  await expect(formAlert(page)).toHaveText(INCORRECT_LOGIN);
});

test("a user shares their calendar from settings; the subscriber sees only what is shared with them", async ({ browser, page }) => {
  test.slow();
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await logInAs(adminPage, "admin", "admin-pass-1");
  const subscriber = await freshSubscriber(browser, adminPage);

  const owner = await signUpAndLogInByApi(page, "shr");
  await page.goto("/settings");
  const sharing = page.getByRole("region", { name: "Calendar sharing" });
  await expect(sharing.getByTestId("no-followers")).toHaveText("No one follows your calendar yet.");
  await sharing.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.locator("#share-subscriber-error")).toHaveText("Enter the subscriber's username or email.");
  await shareWith(page, "share.grant", "user02");
  await expect(page.locator("#share-subscriber-error")).toHaveText("user02 is not a subscriber account.");
  await shareWith(page, "share.grant", subscriber);
  await expect(followers(page)).toHaveCount(1);
  await expect(sonner(page).getByText(`${subscriber} can now see this calendar.`)).toBeVisible();
  // Already a follower: said at the field, without asking the server.
  await page.getByLabel("Subscriber’s username or email").fill(`${subscriber}@example.com`);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.locator("#share-subscriber-error")).toHaveText(`${subscriber} (@${subscriber}) already follows this calendar.`);

  await expect(followers(page).first()).toContainText(`@${subscriber}`);

  // The subscriber: only the calendars shared with them, no sharing of their own.
  const subscriberContext = await browser.newContext();
  const subscriberPage = await subscriberContext.newPage();
  await logInAs(subscriberPage, subscriber, FRESH_PASSWORD);
  await subscriberPage.goto("/settings");
  const shared = subscriberPage.getByRole("list", { name: "Calendars shared with you" }).getByRole("listitem");
  await expect(shared).toHaveCount(1);
  await expect(shared.first()).toContainText(`@${owner}`);
  await expect(subscriberPage.getByRole("region", { name: "Calendar sharing" })).toHaveCount(0);
  await expect(subscriberPage.getByLabel("Subscriber’s username or email")).toHaveCount(0);
  await followLink(subscriberPage, shared.first().getByRole("link", { name: `Open ${owner}’s calendar` }), /\/calendar$/);

  // Revoked (Cancel has the focus in the dialog): gone from their list too.
  await page.getByRole("button", { name: `Stop sharing with ${subscriber}` }).click();
  await expect(page.getByTestId("revoke-dialog").getByRole("button", { name: "Cancel" })).toBeFocused();
  await whileCalling(page, "share.revoke", () => page.getByTestId("revoke-dialog").getByRole("button", { name: "Stop sharing" }).click());
  await expect(page.getByTestId("no-followers")).toBeVisible();
  await subscriberPage.goto("/settings");
  await expect(subscriberPage.getByTestId("no-shared-calendars")).toBeVisible();
  await subscriberContext.close();

  // viewer01 still follows user01, as the demo data has it.
  await logOut(page);
  await logInAs(page, "viewer01", "viewer01-pass");
  await page.goto("/settings");
  await expect(page.getByRole("list", { name: "Calendars shared with you" })).toContainText("@user01");

  await deleteUsersByApi(adminPage, [subscriber, owner]);
  await adminContext.close();
});

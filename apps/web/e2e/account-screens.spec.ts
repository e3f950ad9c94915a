import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { followLink, logInAs } from "./account-helpers";
import { holdRequests, loadingStatus, settle, trpcCall } from "./helpers";

// Not assertions: pictures of the admin console and the settings page at
// desktop and phone widths, to look at (<output dir>/screens/). Only the demo
// accounts are shown, and nothing is changed: dialogs are opened, never confirmed.
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const USER_PAGE = /\/admin\/users\/[0-9a-f-]{36}$/;
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

async function shoot(page: Page, name: string, fullPage = true) {
  await settle(page);
  await page.screenshot({ path: `${screens}/${name}.png`, fullPage });
}

for (const [device, viewport] of Object.entries(widths)) {
  test(`admin screens at ${device} width`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await logInAs(page, "admin", "admin-pass-1");

    await page.goto("/admin?sort=username&order=asc");
    await expect(page.getByTestId("users-range")).toBeVisible();
    await shoot(page, `${device}-admin`);

    await page.goto("/admin?q=no-such-user-anywhere");
    await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
    await shoot(page, `${device}-admin-empty`);

    // The skeleton, held on screen by a slow answer.
    const release = await holdRequests(page, trpcCall("admin.users.list"));
    await page.goto("/admin?role=USER");
    await expect(loadingStatus(page, "Loading users…")).toBeVisible();
    await shoot(page, `${device}-admin-loading`);
    await release();
    await expect(page.getByTestId("users-range")).toBeVisible();

    // user01: todos, schedules and a follower (viewer01) in the demo data.
    await page.goto("/admin?q=user01");
    await followLink(page, page.getByRole("link", { name: device === "phone" ? /^Uma User/ : "Uma User" }), USER_PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "Uma User", exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Followers" })).toBeVisible();
    await expect(page.getByTestId("todos-range")).toBeVisible();
    await shoot(page, `${device}-admin-user`);

    await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("SUBSCRIBER");
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByTestId("role-dialog")).toBeVisible();
    await shoot(page, `${device}-admin-role-dialog`, false);
    await page.getByTestId("role-dialog").getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Delete user" }).click();
    const dialog = page.getByTestId("delete-user-dialog");
    await dialog.getByLabel("Type user01 to confirm").fill("user");
    await dialog.getByRole("button", { name: "Delete user" }).click();
    await expect(dialog.getByRole("alert")).toBeVisible();
    await shoot(page, `${device}-admin-delete-dialog`, false);
    await dialog.getByRole("button", { name: "Cancel" }).click();

    // The last admin, refused: shown at the role menu (nothing changes).
    await page.goto("/admin?role=ADMIN");
    await expect(page.getByTestId("users-range")).toHaveText("1–1 of 1 user");
    await followLink(page, page.getByRole("link", { name: device === "phone" ? /^Ada Admin/ : "Ada Admin" }), USER_PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "Ada Admin", exact: true })).toBeVisible();
    await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("USER");
    await page.getByRole("button", { name: "Change role" }).click();
    await page.getByTestId("role-dialog").getByRole("button", { name: "Make user" }).click();
    await expect(page.locator("#role-error")).toBeVisible();
    await shoot(page, `${device}-admin-self-conflict`);
  });

  test(`settings screens at ${device} width`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await logInAs(page, "user01", "user01-pass");
    await page.goto("/settings");
    await expect(page.getByRole("list", { name: "Followers" })).toBeVisible();
    await shoot(page, `${device}-settings-user`);

    await page.getByLabel("Current password").fill("x");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByLabel("Subscriber’s username or email").fill("user02");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.locator("#share-subscriber-error")).toBeVisible();
    await shoot(page, `${device}-settings-errors`);

    await page.getByRole("button", { name: "Stop sharing with Vera Viewer" }).click();
    await expect(page.getByTestId("revoke-dialog")).toBeVisible();
    await shoot(page, `${device}-settings-revoke-dialog`, false);
    await page.getByTestId("revoke-dialog").getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByTestId("delete-account-dialog")).toBeVisible();
    await shoot(page, `${device}-settings-delete-dialog`, false);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await logInAs(page, "viewer01", "viewer01-pass");
    await page.goto("/settings");
    await expect(page.getByRole("list", { name: "Calendars shared with you" })).toBeVisible();
    await shoot(page, `${device}-settings-subscriber`);
  });
}

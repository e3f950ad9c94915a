import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { whileCalling } from "./helpers";

// Settings → API tokens, as a person uses it (api-tokens.spec and its screenshots).

export function tokenForm(page: Page) {
  return page.getByRole("form", { name: "Create an API token" });
}

export function tokenRows(page: Page) {
  return page.getByTestId("api-tokens").getByTestId("api-token");
}

type NewToken = { name: string; scope: "Read" | "Read and write"; expiry: "In 30 days" | "In 90 days" | "In a year" | "Never" };

/** Fills in and sends the form; returns the secret read off the page, shown this once. */
export async function createTokenInSettings(page: Page, token: NewToken): Promise<string> {
  const form = tokenForm(page);
  await form.getByLabel("Token name").fill(token.name);
  await form.getByRole("radio", { name: new RegExp(`^${token.scope}(?! and)`) }).check();
  await form.getByLabel("Expires").selectOption({ label: token.expiry });
  await whileCalling(page, "account.apiTokens.create", () => form.getByRole("button", { name: "Create token" }).click());
  const secret = page.getByTestId("new-token-secret");
  await expect(secret).toHaveValue(/^pln_/);
  await expect(tokenRows(page).filter({ hasText: token.name })).toHaveCount(1);
  return secret.inputValue();
}

import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { tr } from "~/i18n/translator";
import type { Notices } from "~/kit/effects";
import { showIssues, showRefusal, type FormErrorsUi } from "~/kit/form-errors";
import { errorMessage } from "~/trpc/errors";
import type { ApiToken, CreateTokenForm, CreatedApiToken } from "./types";

// Settings → API tokens (and an admin's view of one user's tokens): making a
// personal access token, showing its secret once, copying it, revoking one.

/** What revoking acts on: the account's own mutation in Settings, the admin's on a user's page. */
export type ApiTokenListEffects = {
  api: { revoke: (input: { id: string }) => Promise<unknown> };
  notices: Notices;
  /** Loads the list again from the server. */
  reload: () => Promise<unknown>;
};

export type ApiTokensEffects = ApiTokenListEffects & {
  api: { create: (input: { name: string; scope: CreateTokenForm["scope"]; expiresInDays: 30 | 90 | 365 | null }) => Promise<CreatedApiToken> };
  /** The clipboard, for the secret. */
  copy: (text: string) => Promise<void>;
};

const CREATE_FIELDS = ["name", "scope", "expiresInDays"] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

/** The form's menu value as the schema takes it: "never" is null, the others are days. */
export function expiryDays(choice: string): number | null {
  return choice === "never" ? null : Number(choice);
}

/** "Create token": checked with the server's schema; the secret is handed to the screen to show once. */
export async function handleApiTokenCreateSubmit(
  values: CreateTokenForm,
  effects: ApiTokensEffects,
  ui: FormErrorsUi<CreateField> & { created: (created: CreatedApiToken) => void },
) {
  const { createApiTokenInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = createApiTokenInput.safeParse({ ...values, expiresInDays: expiryDays(values.expiresInDays) });
  if (!parsed.success) return showIssues(parsed.error.issues, CREATE_FIELDS, ui);
  let created: CreatedApiToken;
  try {
    created = await effects.api.create(parsed.data);
  } catch (error) {
    showRefusal(error, CREATE_FIELDS, ui);
    return;
  }
  ui.created(created);
  effects.notices.success(tr("apiTokens.created", { name: created.token.name }));
  await effects.reload();
}

/** "Copy" beside the new secret. */
export async function handleApiTokenSecretCopy(secret: string, effects: Pick<ApiTokensEffects, "copy" | "notices">) {
  try {
    await effects.copy(secret);
    effects.notices.success(tr("apiTokens.copied"));
  } catch {
    effects.notices.error(tr("apiTokens.copyFailed"));
  }
}

/** "Revoke", confirmed in a dialog: programs using it fail at their next request. An already revoked one is gone from the list either way. */
export async function handleApiTokenRevokeConfirm(token: Pick<ApiToken, "id" | "name">, effects: ApiTokenListEffects) {
  const { apiTokenIdInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = apiTokenIdInput.safeParse({ id: token.id });
  if (!parsed.success) return;
  try {
    await effects.api.revoke(parsed.data);
    effects.notices.success(tr("apiTokens.revoked", { name: token.name }));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

import type { ConfirmTwoFactorValues, DisableTwoFactorValues } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { tr } from "~/i18n/translator";
import type { Notices } from "~/kit/effects";
import { showIssues, showRefusal, type FormErrorsUi } from "~/kit/form-errors";
import { errorMessage } from "~/trpc/errors";

// Settings → Security: signing out one of the account's other sessions, or all of them.

export type SessionsEffects = {
  api: {
    endSession: (input: { id: string }) => Promise<unknown>;
    endOtherSessions: () => Promise<{ ended: number }>;
  };
  notices: Notices;
  /** Loads the list again from the server. */
  reload: () => Promise<unknown>;
};

/** "Sign out" on one session. An already ended one is gone from the list either way. */
export async function handleSessionEnd(sessionId: string, effects: SessionsEffects) {
  try {
    await effects.api.endSession({ id: sessionId });
    effects.notices.success(tr("security.sessionEnded"));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

/** "Sign out everywhere else": every session but this one. */
export async function handleOtherSessionsEnd(effects: SessionsEffects) {
  try {
    const { ended } = await effects.api.endOtherSessions();
    effects.notices.success(tr("security.otherSessionsEnded", { count: ended }));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

// Settings → Security: two-step verification (an authenticator app's codes).

export type TwoFactorEnrolment = { secret: string; otpauthUri: string; qrDataUrl: string };

export type TwoFactorEffects = {
  api: {
    start: () => Promise<TwoFactorEnrolment>;
    confirm: (input: { code: string }) => Promise<{ recoveryCodes: string[] }>;
    disable: (input: { password: string; code: string }) => Promise<unknown>;
  };
  notices: Notices;
  /** Loads the status again from the server. */
  reload: () => Promise<unknown>;
  /** The clipboard and a file download, for the recovery codes. */
  copy: (text: string) => Promise<void>;
  download: (fileName: string, text: string) => void;
};

const CONFIRM_FIELDS = ["code"] as const;
const DISABLE_FIELDS = ["password", "code"] as const;

/** "Set up": the server makes a secret; the screen shows its QR code and key. */
export async function handleTwoFactorStart(effects: TwoFactorEffects, ui: { showEnrolment: (enrolment: TwoFactorEnrolment) => void }) {
  try {
    ui.showEnrolment(await effects.api.start());
  } catch (error) {
    effects.notices.error(errorMessage(error));
    await effects.reload();
  }
}

/** "Turn on": the code from the app checks out; the recovery codes are shown, this once. */
export async function handleTwoFactorConfirm(
  values: ConfirmTwoFactorValues,
  effects: TwoFactorEffects,
  ui: FormErrorsUi<"code"> & { showRecoveryCodes: (codes: string[]) => void },
) {
  const { confirmTwoFactorInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = confirmTwoFactorInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, CONFIRM_FIELDS, ui);
  try {
    const { recoveryCodes } = await effects.api.confirm(parsed.data);
    ui.showRecoveryCodes(recoveryCodes);
    effects.notices.success(tr("security.twoFactorTurnedOn"));
  } catch (error) {
    showRefusal(error, CONFIRM_FIELDS, ui);
  }
}

/** "Turn off": needs the password and a current code or a recovery code. */
export async function handleTwoFactorDisable(
  values: DisableTwoFactorValues,
  effects: TwoFactorEffects,
  ui: FormErrorsUi<"password" | "code"> & { done: () => void },
) {
  const { disableTwoFactorInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = disableTwoFactorInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, DISABLE_FIELDS, ui);
  try {
    await effects.api.disable(parsed.data);
  } catch (error) {
    showRefusal(error, DISABLE_FIELDS, ui);
    return;
  }
  effects.notices.success(tr("security.twoFactorTurnedOff"));
  ui.done();
  await effects.reload();
}

/** The recovery codes as text, one a line, to copy or keep in a file. */
export function recoveryCodesText(codes: string[]): string {
  return `${codes.join("\n")}\n`;
}

export async function handleRecoveryCodesCopy(codes: string[], effects: Pick<TwoFactorEffects, "copy" | "notices">) {
  try {
    await effects.copy(recoveryCodesText(codes));
    effects.notices.success(tr("security.recoveryCodesCopied"));
  } catch {
    effects.notices.error(tr("security.copyFailed"));
  }
}

export function handleRecoveryCodesDownload(codes: string[], effects: Pick<TwoFactorEffects, "download">) {
  effects.download("planner-recovery-codes.txt", recoveryCodesText(codes));
}

import type { Notices } from "~/kit/effects";
import { tr } from "~/i18n/translator";
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

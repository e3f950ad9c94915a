import type { Theme } from "@planner/domain";
import { errorMessage } from "~/trpc/errors";

// Choosing a theme: it shows at once (next-themes keeps it in this browser),
// and the account keeps it too (when logged in), so other browsers follow.
// Should the account refuse it, the page goes back to the theme it had.

export type ThemeEffects = {
  /** The account's setting; absent before log-in. */
  saveToAccount?: (theme: Theme) => Promise<unknown>;
  apply: (theme: Theme) => void;
  notices: { error: (message: string) => void };
};

export async function handleThemeChange(theme: Theme, previous: Theme, effects: ThemeEffects) {
  if (theme === previous) return;
  effects.apply(theme);
  try {
    await effects.saveToAccount?.(theme);
  } catch (error) {
    effects.apply(previous);
    effects.notices.error(errorMessage(error));
  }
}

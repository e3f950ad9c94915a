import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { tr } from "~/i18n/translator";
import type { Notices } from "~/kit/effects";
import { errorMessage } from "~/trpc/errors";
import { feedAddress } from "./address";
import type { CreatedCalendarFeed } from "./types";

// Settings → Calendar feed: making the address (shown once, then only its
// start), copying it, replacing it, turning it off, and whether shared
// calendars are in it.

export type CalendarFeedEffects = {
  api: {
    regenerate: (input: { includeShared?: boolean }) => Promise<CreatedCalendarFeed>;
    update: (input: { includeShared: boolean }) => Promise<unknown>;
    revoke: () => Promise<unknown>;
  };
  notices: Notices;
  /** Loads the feed's state again from the server. */
  reload: () => Promise<unknown>;
  /** The clipboard, for the address. */
  copy: (text: string) => Promise<void>;
  /** This page's origin ("https://planner.example"): the address is on the server the person uses. */
  origin: () => string;
};

/** What the section shows once the address exists: the full address, this once. */
export type FeedUi = { created: (address: string) => void };

/** "Create address" (with the shared-calendars choice), or "Make a new address" once confirmed: the old one stops working. */
export async function handleCalendarFeedCreate(options: { includeShared?: boolean; replacing: boolean }, effects: CalendarFeedEffects, ui: FeedUi) {
  const { regenerateCalendarFeedInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = regenerateCalendarFeedInput.safeParse(options.includeShared === undefined ? {} : { includeShared: options.includeShared });
  if (!parsed.success) return;
  try {
    const created = await effects.api.regenerate(parsed.data);
    ui.created(feedAddress(effects.origin(), created.path));
    effects.notices.success(tr(options.replacing ? "calendarFeed.replaced" : "calendarFeed.created"));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

/** "Copy" beside the new address. */
export async function handleCalendarFeedCopy(address: string, effects: Pick<CalendarFeedEffects, "copy" | "notices">) {
  try {
    await effects.copy(address);
    effects.notices.success(tr("calendarFeed.copied"));
  } catch {
    effects.notices.error(tr("calendarFeed.copyFailed"));
  }
}

/** The "Include calendars shared with me" switch. */
export async function handleCalendarFeedSharedToggle(includeShared: boolean, effects: CalendarFeedEffects) {
  const { updateCalendarFeedInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = updateCalendarFeedInput.safeParse({ includeShared });
  if (!parsed.success) return;
  try {
    await effects.api.update(parsed.data);
    effects.notices.success(tr(includeShared ? "calendarFeed.sharedOn" : "calendarFeed.sharedOff"));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

/** "Turn off", confirmed: the address stops working; apps keep what they last fetched. */
export async function handleCalendarFeedRevokeConfirm(effects: CalendarFeedEffects, ui: { revoked: () => void }) {
  try {
    await effects.api.revoke();
    ui.revoked();
    effects.notices.success(tr("calendarFeed.revoked"));
  } catch (error) {
    effects.notices.error(errorMessage(error));
  }
  await effects.reload();
}

import { dbSettings, InvalidSettingError } from "@planner/db";
import { apiSettings } from "./settings";

/**
 * Reads every setting a server process uses, before it starts anything: a bad
 * value stops the process with one line naming the variable and what is allowed
 * (exit code 1), instead of a default silently standing in or a failure later.
 * `more` reads the caller's own settings (the web app's).
 */
export function validateSettingsOrExit(...more: (() => unknown)[]): void {
  try {
    dbSettings();
    apiSettings();
    for (const read of more) read();
  } catch (error) {
    if (!(error instanceof InvalidSettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

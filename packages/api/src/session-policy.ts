import { DAY_SECONDS, type SessionPolicy } from "@planner/domain";
import { apiSettings } from "./settings";

/** The idle timeout and lifetime of log-ins, from SESSION_IDLE_DAYS and SESSION_LIFETIME_DAYS. */
export function sessionPolicy(): SessionPolicy {
  const { SESSION_IDLE_DAYS, SESSION_LIFETIME_DAYS } = apiSettings();
  return { idleSeconds: SESSION_IDLE_DAYS * DAY_SECONDS, lifetimeSeconds: SESSION_LIFETIME_DAYS * DAY_SECONDS };
}

/**
 * The application's clock. In production it is the real time. End-to-end
 * tests run the server with PLANNER_TEST_HOOKS=1 and move it forward through
 * POST /api/test/clock, so a reminder due tomorrow can fall due now. Kept on
 * globalThis because Next.js may load this module in more than one bundle.
 */
const holder = globalThis as typeof globalThis & { __plannerClockOffsetMs?: number };

export const appClock = {
  now: (): Date => new Date(Date.now() + (holder.__plannerClockOffsetMs ?? 0)),
  /** Test hook only: the route that calls it refuses unless PLANNER_TEST_HOOKS=1. */
  advance: (ms: number): Date => {
    holder.__plannerClockOffsetMs = (holder.__plannerClockOffsetMs ?? 0) + ms;
    return appClock.now();
  },
};

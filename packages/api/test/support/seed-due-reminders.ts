import type { TestDatabase } from "@planner/db/testing";

/** Each seeded schedule has this many occurrence-reminders due. */
export const DUE_PER_SCHEDULE = 4;

/**
 * `count` due occurrence-reminders, as after three days of downtime, spread
 * over 100 users: `count / 4` schedules repeating daily from two hours ahead
 * (ten times), each reminded 74 hours and 1 hour before. The 74-hour reminders
 * of the first four occurrences fell due 72, 48 and 24 hours ago and now, and
 * all four occurrences are still ahead: four notifications each; then the
 * queue row moves to the first 1-hour reminder, an hour ahead. Plain SQL: fast
 * enough for 100k.
 */
export async function seedDueReminders(db: TestDatabase, count: number, now: Date): Promise<void> {
  if (count % DUE_PER_SCHEDULE !== 0) throw new Error(`seedDueReminders: ${count} is not a multiple of ${DUE_PER_SCHEDULE}`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO users (id, username, email, name, time_zone, updated_at)
    SELECT gen_random_uuid(), 'load' || n, 'load' || n || '@example.com', 'Load ' || n, 'UTC', now()
    FROM generate_series(1, 100) AS n`);
  await db.prisma.$executeRawUnsafe(
    `WITH owners AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM users WHERE username LIKE 'load%'),
     created AS (
       INSERT INTO schedules (id, owner_id, title, start_at, end_at, recurrence, time_zone, repeats_until, reminder_minutes, updated_at)
       SELECT gen_random_uuid(), o.id, 'Load ' || n, $1::timestamptz + interval '2 hours', $1::timestamptz + interval '3 hours',
              'RRULE:FREQ=DAILY;COUNT=10', 'UTC', $1::timestamptz + interval '9 days 3 hours', ARRAY[4440, 60], now()
       FROM generate_series(0, $2 - 1) AS n JOIN owners o ON o.k = n % 100
       RETURNING id)
     INSERT INTO schedule_reminders (schedule_id, remind_at)
     SELECT id, $1::timestamptz - interval '72 hours' FROM created`,
    now,
    count / DUE_PER_SCHEDULE,
  );
}

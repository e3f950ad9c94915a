import type { TestDatabase } from "@planner/db/testing";

/**
 * `count` schedules starting in two hours, each with a reminder already due
 * (as after downtime), spread over 100 users. Plain SQL: fast enough for 100k.
 */
export async function seedDueReminders(db: TestDatabase, count: number, now: Date): Promise<void> {
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO users (id, username, email, name, time_zone, updated_at)
    SELECT gen_random_uuid(), 'load' || n, 'load' || n || '@example.com', 'Load ' || n, 'UTC', now()
    FROM generate_series(1, 100) AS n`);
  await db.prisma.$executeRawUnsafe(
    `WITH owners AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM users WHERE username LIKE 'load%'),
     created AS (
       INSERT INTO schedules (id, owner_id, title, start_at, end_at, updated_at)
       SELECT gen_random_uuid(), o.id, 'Load ' || n, $1::timestamptz + interval '2 hours', $1::timestamptz + interval '3 hours', now()
       FROM generate_series(0, $2 - 1) AS n JOIN owners o ON o.k = n % 100
       RETURNING id)
     INSERT INTO schedule_reminders (schedule_id, remind_at)
     SELECT id, $1::timestamptz - interval '22 hours' FROM created`,
    now,
    count,
  );
}

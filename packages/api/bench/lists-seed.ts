// Set-based seeding for bench:lists (one INSERT … SELECT per table, like
// schedule-range.ts): users bench<from>..bench<to-1>, each with ROWS_PER_USER
// todos (with due dates, priorities and projects), schedules and notifications, so a list's own rows stay the same size
// while the table grows from 10 thousand to 1 million rows.
import type { TestDatabase } from "@planner/db/testing";

export const ROWS_PER_USER = 1000;
export const PROJECTS_PER_USER = 5;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Subscribers, each following the same OWNERS_FOLLOWED owners at every size. */
const SUBSCRIBERS = 20;
const OWNERS_FOLLOWED = 10;

export async function seedListsDatabase(db: TestDatabase, users: number): Promise<void> {
  const run = (sql: string) => db.prisma.$executeRawUnsafe(sql);
  // created_at a second apart, so "newest first" has a real order to follow.
  await run(`
    INSERT INTO users (id, username, email, password_hash, name, role, time_zone, created_at, updated_at)
    SELECT gen_random_uuid(), 'bench' || n, 'bench' || n || '@example.com', NULL, 'Bench ' || n, 'USER', 'UTC',
           timestamptz '2026-01-01 00:00:00+00' + n * interval '1 second', now()
    FROM generate_series(0, ${users - 1}) AS n`);
  await run(`
    INSERT INTO users (id, username, email, password_hash, name, role, time_zone, created_at, updated_at)
    SELECT gen_random_uuid(), 'sub' || n, 'sub' || n || '@example.com', NULL, 'Subscriber ' || n, 'SUBSCRIBER', 'UTC',
           timestamptz '2025-12-01 00:00:00+00' + n * interval '1 second', now()
    FROM generate_series(0, ${SUBSCRIBERS - 1}) AS n`);
  await run(`INSERT INTO subscribers (user_id) SELECT id FROM users WHERE role = 'SUBSCRIBER'`);
  await run(`
    INSERT INTO subscriptions (subscriber_id, owner_id, created_at)
    SELECT s.id, o.id, now() FROM users s CROSS JOIN users o
    WHERE s.role = 'SUBSCRIBER' AND o.username IN (${Array.from({ length: OWNERS_FOLLOWED }, (_, n) => `'bench${n}'`).join(", ")})`);
  // Projects: PROJECTS_PER_USER per owner, in sidebar order.
  await run(`
    INSERT INTO projects (id, owner_id, name, color, position, created_at, updated_at)
    SELECT gen_random_uuid(), u.id, 'Project ' || p, 'blue', 'a' || p, now(), now()
    FROM users u CROSS JOIN generate_series(0, ${PROJECTS_PER_USER - 1}) AS p
    WHERE u.username LIKE 'bench%'`);
  // Todos: a minute apart per owner, every third one done; newest first in the manual order
  // (keys "b" + two base-62 digits, descending with age); seven in ten due within 30 days
  // either side of today (about half of those today or before), a priority each; one in
  // six in the Inbox, the others spread over the owner's projects.
  await run(`
    INSERT INTO todos (id, owner_id, contents, done, created_at, updated_at, position, due_on, priority, project_id)
    SELECT gen_random_uuid(), u.id, 'Todo ' || s, s % 3 = 0,
           timestamptz '2025-01-01 00:00:00+00' + s * interval '1 minute' + (abs(hashtext(u.id::text)) % 60) * interval '1 second', now(),
           'b' || substr('${BASE62}', (3843 - s) / 62 + 1, 1) || substr('${BASE62}', (3843 - s) % 62 + 1, 1),
           CASE WHEN s % 10 < 7 THEN current_date + (s % 61 - 30) END,
           1 + s % 4,
           CASE WHEN s % 6 = 0 THEN NULL ELSE (SELECT p.id FROM projects p WHERE p.owner_id = u.id AND p.position = 'a' || (s % ${PROJECTS_PER_USER})) END
    FROM users u CROSS JOIN generate_series(1, ${ROWS_PER_USER}) AS s
    WHERE u.username LIKE 'bench%'`);
  // Schedules: one to three hours on the grid, ~7 hours apart, one in five done.
  await run(`
    INSERT INTO schedules (id, owner_id, title, memo, start_at, end_at, status, created_by_id, updated_at)
    SELECT gen_random_uuid(), u.id, 'Schedule ' || s, '', slot.start_at, slot.start_at + (1 + s % 3) * interval '1 hour',
           (CASE WHEN s % 5 = 0 THEN 'CLOSED' ELSE 'OPEN' END)::"ScheduleStatus", u.id, now()
    FROM users u
    CROSS JOIN generate_series(1, ${ROWS_PER_USER}) AS s
    CROSS JOIN LATERAL (
      SELECT timestamptz '2026-01-01 00:00:00+00' + ((s * 432 + (abs(hashtext(u.id::text)) % 48) * 30) / 30 * 30) * interval '1 minute' AS start_at
    ) AS slot
    WHERE u.username LIKE 'bench%'`);
  // Notifications: an hour apart per recipient, the older half read.
  await run(`
    INSERT INTO notifications (id, recipient_id, kind, text, dedupe_key, created_at, read_at)
    SELECT gen_random_uuid(), u.id, 'SCHEDULE_REMINDER', 'Reminder ' || s, 'bench:' || u.id || ':' || s,
           timestamptz '2025-06-01 00:00:00+00' + s * interval '1 hour' + (abs(hashtext(u.id::text)) % 60) * interval '1 second',
           CASE WHEN s < ${ROWS_PER_USER / 2} THEN now() END
    FROM users u CROSS JOIN generate_series(1, ${ROWS_PER_USER}) AS s
    WHERE u.username LIKE 'bench%'`);
  for (const table of ["users", "subscriptions", "projects", "todos", "schedules", "notifications"]) await run(`VACUUM ANALYZE ${table}`);
}

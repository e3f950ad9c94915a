#!/usr/bin/env node
// The floor for `pnpm bench:http` (not part of the app): a bare node:http + pg
// server answering the calendar's month request the way the app must, with no
// framework. Per request it
//   1. reads the same next-auth session cookie (decrypts the JWE with
//      next-auth/jwt's decode, the same secret and salt as the app),
//   2. checks the session against the database in one indexed query: the
//      session row is live (not past its end, not idle too long), belongs to the
//      cookie's user, whose session version still matches; the role comes from
//      the row; activity is recorded at most once a minute, like the app,
//   3. reads the month with the same indexed range SQL as the app, the owners
//      joined, the calendars the user follows included (includeShared),
//   4. answers JSON of those rows.
// Started by bench/http.mjs with PORT, DATABASE_URL and AUTH_SECRET.
import { createServer } from "node:http";
import { decode } from "next-auth/jwt";
import pg from "pg";

const COOKIE = "authjs.session-token";
const MAX_SCHEDULE_MS = 14 * 86_400_000; // MAX_SCHEDULE_DAYS, as the app's repository bounds the index read
const IDLE_MS = 14 * 86_400_000; // SESSION_IDLE_DAYS' default
const TOUCH_MS = 60_000; // SESSION_TOUCH_SECONDS

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.AUTH_SECRET;

const SESSION_SQL = `
  SELECT s.id, s.last_active_at, u.id AS user_id, u.role, u.session_version
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > $3 AND s.last_active_at > $4`;
const TOUCH_SQL = "UPDATE sessions SET last_active_at = $2 WHERE id = $1 AND last_active_at < $3";
const RANGE_SQL = `
  SELECT s.id, s.owner_id, s.title, s.memo, s.start_at, s.end_at, s.status, s.created_at, s.updated_at,
         o.username AS owner_username, o.name AS owner_name
  FROM (SELECT $1::uuid AS owner_id UNION SELECT owner_id FROM subscriptions WHERE subscriber_id = $1::uuid) AS shown
  JOIN users o ON o.id = shown.owner_id
  JOIN schedules s ON s.owner_id = shown.owner_id
  WHERE s.start_at < $2 AND s.start_at > $3 AND s.end_at > $4
  ORDER BY s.start_at, s.id`;

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://localhost");
    const token = await sessionToken(request.headers.cookie);
    if (!token?.sub || typeof token.sid !== "string") return send(response, 401, { error: "UNAUTHORIZED" });
    const now = new Date();
    const { rows: sessions } = await pool.query(SESSION_SQL, [token.sid, token.sub, now, new Date(now.getTime() - IDLE_MS)]);
    const session = sessions[0];
    if (!session || session.session_version !== Number(token.sessionVersion ?? 0)) return send(response, 401, { error: "UNAUTHORIZED" });
    if (now.getTime() - session.last_active_at.getTime() >= TOUCH_MS) {
      await pool.query(TOUCH_SQL, [session.id, now, new Date(now.getTime() - TOUCH_MS)]);
    }
    const from = new Date(url.searchParams.get("from") ?? "");
    const to = new Date(url.searchParams.get("to") ?? "");
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) return send(response, 400, { error: "BAD_REQUEST" });
    const { rows } = await pool.query(RANGE_SQL, [session.user_id, to, new Date(from.getTime() - MAX_SCHEDULE_MS), from]);
    send(
      response,
      200,
      rows.map((row) => ({
        id: row.id,
        ownerId: row.owner_id,
        title: row.title,
        memo: row.memo,
        startAt: row.start_at,
        endAt: row.end_at,
        status: row.status,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        owner: { id: row.owner_id, username: row.owner_username, name: row.owner_name },
        readOnly: row.owner_id !== session.user_id,
      })),
    );
  } catch (error) {
    // A request still in flight when the bench stops the server finds the pool ended: not a failure.
    if (!stopping) console.error(error);
    send(response, 500, { error: "INTERNAL_SERVER_ERROR" });
  }
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`bare server on ${process.env.PORT}`));

async function sessionToken(cookieHeader) {
  const value = cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (!value) return null;
  try {
    return await decode({ token: value, secret, salt: COOKIE });
  } catch {
    return null;
  }
}

function send(response, status, body) {
  const json = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json), "Cache-Control": "no-store" });
  response.end(json);
}

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});

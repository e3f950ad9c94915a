import { randomUUID } from "node:crypto";
import type { TestDatabase } from "@planner/db/testing";
import { deliverDueReminders } from "../src/reminders/worker";
import { TEST_NOW } from "./fixture";
import { PASSWORD, callerFor, createAccount, createProviderAccount, totpAt, type TestAccount } from "./helpers";

// Every procedure of the app router with a valid input and who may call it,
// on a small world of accounts and data. The authorization test checks each
// cell of it; the input hygiene test spoils each valid input one field at a
// time. A procedure without a row fails the authorization test's first test.

// providerUser: a USER that a provider's log-in made (Google here): no password,
// no e-mail address, one connected provider; it owns nothing of the world's.
export const ACTORS = ["anonymous", "owner", "otherUser", "subscriberWithGrant", "subscriberWithoutGrant", "admin", "providerUser"] as const;
export type ActorName = (typeof ACTORS)[number];
export type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST";

export type World = {
  accounts: Record<Exclude<ActorName, "anonymous">, TestAccount>;
  todoId: string;
  /** A second todo of the owner's (with a due date, a label and a subtask), to move next to. */
  secondTodoId: string;
  /** The owner's project "Work" and label "phone". */
  projectId: string;
  labelId: string;
  scheduleId: string;
  /** A repeating schedule of the owner's (daily, three times) whose second occurrence (at 72 h) was deleted. */
  repeatingScheduleId: string;
  notificationId: string;
  /** A second log-in of the owner's, for the procedures that end sessions. */
  ownerOtherSessionId: string;
  /** A live password link of otherUser's (as an admin would hand over). */
  passwordLinkToken: string;
  /** The owner has started setting up two-step log-in with this secret (not confirmed). */
  ownerPendingTotpSecret: string;
  /** The admin has two-step log-in on; one of its unused recovery codes. */
  adminRecoveryCode: string;
  /** A personal access token of the owner's. */
  ownerTokenId: string;
};

export const clock = TEST_NOW;
const at = (hours: number) => new Date(clock.getTime() + hours * 3_600_000);

type Row = { input: (world: World) => unknown; expect: Record<ActorName, Outcome> };
/** A row as written: providerUser answers as otherUser (another USER who owns nothing here) unless the row says otherwise. */
type WrittenRow = { input: Row["input"]; expect: Omit<Record<ActorName, Outcome>, "providerUser"> & { providerUser?: Outcome } };

// Shorthands for the common shapes of a row's expectations.
const everyone: WrittenRow["expect"] = { anonymous: "OK", owner: "OK", otherUser: "OK", subscriberWithGrant: "OK", subscriberWithoutGrant: "OK", admin: "OK" };
const anyAccount: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "OK", subscriberWithGrant: "OK", subscriberWithoutGrant: "OK", admin: "OK" };
const adminsOnly: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "FORBIDDEN", otherUser: "FORBIDDEN", subscriberWithGrant: "FORBIDDEN", subscriberWithoutGrant: "FORBIDDEN", admin: "OK" };
const writers: WrittenRow["expect"] = { ...anyAccount, subscriberWithGrant: "FORBIDDEN", subscriberWithoutGrant: "FORBIDDEN" };
const ownTodo: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "FORBIDDEN", subscriberWithoutGrant: "FORBIDDEN", admin: "NOT_FOUND" };
const ownProject: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" };
const ownersScheduleWrite: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "FORBIDDEN", subscriberWithoutGrant: "NOT_FOUND", admin: "OK" };

const ownFeed: WrittenRow["expect"] = { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" };

const slot = { startAt: at(48), endAt: at(49) };
const ONE_EVENT_ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:table@example.com\r\nDTSTART:20261123T100000Z\r\nDTEND:20261123T110000Z\r\nSUMMARY:Imported\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

const ROWS: Record<string, WrittenRow> = {
  "auth.signUp": {
    input: () => ({ username: `new_${randomUUID().slice(0, 8)}`, email: `${randomUUID()}@example.com`, password: PASSWORD, confirmPassword: PASSWORD }),
    expect: everyone,
  },
  "auth.me": { input: () => undefined, expect: anyAccount },
  "auth.token": { input: (w) => ({ grant_type: "password", username: w.accounts.owner.username, password: PASSWORD }), expect: everyone },
  "auth.revoke": { input: () => ({ token: "pla_not-a-token-of-anyone" }), expect: everyone },
  "auth.verify": { input: () => undefined, expect: anyAccount },
  "auth.requestPasswordReset": { input: (w) => ({ email: w.accounts.owner.email }), expect: everyone },
  "auth.passwordLink": { input: (w) => ({ token: w.passwordLinkToken }), expect: everyone },
  "auth.resetPassword": { input: (w) => ({ token: w.passwordLinkToken, newPassword: "reset to this one", confirmPassword: "reset to this one" }), expect: everyone },

  "account.updateTimeZone": { input: () => ({ timeZone: "Europe/Berlin" }), expect: anyAccount },
  "account.updateLocale": { input: () => ({ locale: "ko" }), expect: anyAccount },
  "account.updateTheme": { input: () => ({ theme: "dark" }), expect: anyAccount },
  "account.updateWeekStart": { input: () => ({ weekStart: "monday" }), expect: anyAccount },
  "account.updateReminderDefaults": { input: () => ({ timed: [{ minutesBefore: 30 }], allDay: [{ minutesBefore: 900 }] }), expect: anyAccount },
  "account.updateProfile": { input: () => ({ name: "New Name", timeZone: "Asia/Seoul" }), expect: anyAccount },
  // providerUser has no password to give.
  "account.changePassword": { input: () => ({ currentPassword: PASSWORD, newPassword: "another password", confirmPassword: "another password" }), expect: { ...anyAccount, providerUser: "BAD_REQUEST" } },
  "account.sessions": { input: () => undefined, expect: anyAccount },
  "account.endSession": {
    input: (w) => ({ id: w.ownerOtherSessionId }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  "account.endOtherSessions": { input: () => undefined, expect: anyAccount },
  "account.twoFactor.status": { input: () => undefined, expect: anyAccount },
  // Starting again replaces a pending set-up; while it is on, it must be turned off first.
  "account.twoFactor.start": { input: () => undefined, expect: { ...anyAccount, admin: "CONFLICT" } },
  // Only the owner has a set-up waiting for its code.
  "account.twoFactor.confirm": {
    input: (w) => ({ code: totpAt(w.ownerPendingTotpSecret, clock) }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "BAD_REQUEST", subscriberWithGrant: "BAD_REQUEST", subscriberWithoutGrant: "BAD_REQUEST", admin: "BAD_REQUEST" },
  },
  // Only the admin has it on; a recovery code of the admin's is no code for anyone else.
  "account.twoFactor.disable": {
    input: (w) => ({ password: PASSWORD, code: w.adminRecoveryCode }),
    expect: { anonymous: "UNAUTHORIZED", owner: "BAD_REQUEST", otherUser: "BAD_REQUEST", subscriberWithGrant: "BAD_REQUEST", subscriberWithoutGrant: "BAD_REQUEST", admin: "OK" },
  },
  "account.apiTokens.list": { input: () => undefined, expect: anyAccount },
  // A subscriber may make read-only tokens.
  "account.apiTokens.create": { input: () => ({ name: "script", scope: "READ", expiresInDays: 30 }), expect: anyAccount },
  "account.apiTokens.revoke": {
    input: (w) => ({ id: w.ownerTokenId }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  // Only the owner has a calendar feed address in the world.
  "account.calendarFeed.get": { input: () => undefined, expect: anyAccount },
  "account.calendarFeed.regenerate": { input: () => ({ includeShared: true }), expect: anyAccount },
  "account.calendarFeed.update": { input: () => ({ includeShared: true }), expect: ownFeed },
  "account.calendarFeed.revoke": { input: () => undefined, expect: ownFeed },
  "account.deleteAccount": { input: () => ({ password: PASSWORD }), expect: { ...anyAccount, providerUser: "BAD_REQUEST" } },

  "todo.list": { input: () => ({}), expect: anyAccount },
  "todo.viewCounts": { input: () => undefined, expect: anyAccount },
  "todo.range": { input: () => ({ from: at(0), to: at(72) }), expect: anyAccount },
  "todo.create": { input: () => ({ contents: "new" }), expect: writers },
  "todo.update": { input: (w) => ({ id: w.todoId, contents: "changed" }), expect: ownTodo },
  "todo.move": { input: (w) => ({ id: w.todoId, afterId: w.secondTodoId }), expect: ownTodo },
  "todo.toggle": { input: (w) => ({ id: w.todoId }), expect: ownTodo },
  "todo.delete": { input: (w) => ({ id: w.todoId }), expect: ownTodo },
  "todo.restore": { input: () => ({ id: randomUUID(), contents: "back", done: false, createdAt: clock }), expect: writers },
  "todo.project.list": { input: () => undefined, expect: anyAccount },
  "todo.project.create": { input: () => ({ name: `Project ${randomUUID().slice(0, 8)}`, color: "green" }), expect: writers },
  "todo.project.update": { input: (w) => ({ id: w.projectId, name: "Renamed" }), expect: ownTodo },
  "todo.project.move": { input: (w) => ({ id: w.projectId, afterId: null }), expect: ownTodo },
  "todo.project.delete": { input: (w) => ({ id: w.projectId, todos: "move" }), expect: ownTodo },
  "todo.label.list": { input: () => undefined, expect: anyAccount },
  "todo.label.create": { input: () => ({ name: `label ${randomUUID().slice(0, 8)}` }), expect: writers },
  "todo.label.update": { input: (w) => ({ id: w.labelId, color: "red" }), expect: ownTodo },
  "todo.label.delete": { input: (w) => ({ id: w.labelId }), expect: ownTodo },

  "schedule.range": { input: () => ({ from: at(0), to: at(72), includeShared: true }), expect: anyAccount },
  "schedule.list": { input: () => ({}), expect: anyAccount },
  // Only the caller's own rows are searched, so every account may (subscribers find nothing of theirs).
  "search.query": { input: () => ({ query: "owner" }), expect: anyAccount },
  "schedule.byId": {
    input: (w) => ({ id: w.scheduleId }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "OK", subscriberWithoutGrant: "NOT_FOUND", admin: "OK" },
  },
  // Whoever may read it may download it.
  "schedule.calendarFile": {
    input: (w) => ({ id: w.scheduleId }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "OK", subscriberWithoutGrant: "NOT_FOUND", admin: "OK" },
  },
  "schedule.create": { input: () => ({ title: "new", ...slot }), expect: writers },
  "schedule.update": { input: (w) => ({ id: w.scheduleId, title: "changed" }), expect: ownersScheduleWrite },
  "schedule.setStatus": { input: (w) => ({ id: w.scheduleId, status: "CLOSED" }), expect: ownersScheduleWrite },
  "schedule.delete": { input: (w) => ({ id: w.scheduleId }), expect: ownersScheduleWrite },
  // A fresh id each time: the world's own schedule is still there (CONFLICT).
  "schedule.restore": { input: () => ({ id: randomUUID(), title: "back", memo: "", ...slot, status: "OPEN" }), expect: writers },
  "schedule.restoreOccurrence": { input: (w) => ({ id: w.repeatingScheduleId, occurrenceStartAt: at(72) }), expect: ownersScheduleWrite },
  // Always into the caller's own calendar (no owner to name): admins import into theirs, subscribers' is read-only.
  "schedule.importPreview": { input: () => ({ text: ONE_EVENT_ICS }), expect: writers },
  "schedule.importBatch": {
    input: () => ({ items: [{ key: `${randomUUID()}@example.com`, title: "imported", memo: "", ...slot, allDay: false, reminders: [], recurrence: null, timeZone: null, exceptions: [], overrides: [] }] }),
    expect: writers,
  },

  "notification.list": { input: () => ({}), expect: anyAccount },
  "notification.unreadCount": { input: () => undefined, expect: anyAccount },
  "notification.markAllRead": { input: () => undefined, expect: anyAccount },
  "notification.markRead": {
    input: (w) => ({ id: w.notificationId }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" },
  },

  "share.followers": { input: () => undefined, expect: anyAccount },
  "share.sharedWithMe": { input: () => undefined, expect: anyAccount },
  "share.grant": { input: (w) => ({ subscriber: w.accounts.subscriberWithoutGrant.username }), expect: writers },
  "share.revoke": {
    input: (w) => ({ subscriberId: w.accounts.subscriberWithGrant.id }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND" },
  },

  "admin.users.list": { input: () => ({ search: "user" }), expect: adminsOnly },
  "admin.users.byId": { input: (w) => ({ userId: w.accounts.owner.id }), expect: adminsOnly },
  "admin.users.setRole": { input: (w) => ({ userId: w.accounts.otherUser.id, role: "SUBSCRIBER" }), expect: adminsOnly },
  "admin.users.delete": { input: (w) => ({ userId: w.accounts.otherUser.id }), expect: adminsOnly },
  "admin.users.create": { input: () => ({ username: `made_${randomUUID().slice(0, 8)}`, email: `${randomUUID()}@example.com`, role: "USER" }), expect: adminsOnly },
  "admin.users.resetLink": { input: (w) => ({ userId: w.accounts.owner.id }), expect: adminsOnly },
  "admin.users.removeTwoFactor": { input: (w) => ({ userId: w.accounts.admin.id }), expect: adminsOnly },
  "admin.users.apiTokens": { input: (w) => ({ userId: w.accounts.owner.id }), expect: adminsOnly },
  "admin.users.revokeApiToken": { input: (w) => ({ id: w.ownerTokenId }), expect: adminsOnly },
  "admin.shares.list": { input: (w) => ({ ownerId: w.accounts.owner.id }), expect: adminsOnly },
  "admin.shares.grant": { input: (w) => ({ ownerId: w.accounts.otherUser.id, subscriber: w.accounts.subscriberWithoutGrant.email }), expect: adminsOnly },
  "admin.shares.revoke": { input: (w) => ({ ownerId: w.accounts.owner.id, subscriberId: w.accounts.subscriberWithGrant.id }), expect: adminsOnly },
  "admin.todos.list": { input: () => ({}), expect: adminsOnly },
  "admin.schedules.list": { input: () => ({}), expect: adminsOnly },
  "admin.schedules.range": { input: (w) => ({ ownerId: w.accounts.owner.id, from: at(0), to: at(72) }), expect: adminsOnly },
  "admin.schedules.create": { input: (w) => ({ ownerId: w.accounts.owner.id, title: "by admin", ...slot }), expect: adminsOnly },
  "admin.schedules.update": { input: (w) => ({ id: w.scheduleId, title: "by admin" }), expect: adminsOnly },
  "admin.schedules.delete": { input: (w) => ({ id: w.scheduleId }), expect: adminsOnly },
  "admin.users.signInMethods": { input: (w) => ({ userId: w.accounts.providerUser.id }), expect: adminsOnly },

  "account.signInMethods": { input: () => undefined, expect: anyAccount },
  // The owner (who has a password too) and providerUser have Google connected; for providerUser it is the only way in.
  "account.disconnectProvider": {
    input: () => ({ provider: "google" }),
    expect: { anonymous: "UNAUTHORIZED", owner: "OK", otherUser: "NOT_FOUND", subscriberWithGrant: "NOT_FOUND", subscriberWithoutGrant: "NOT_FOUND", admin: "NOT_FOUND", providerUser: "CONFLICT" },
  },
  // A first password: only for the account that has none.
  "account.setPassword": {
    input: () => ({ newPassword: "a first password", confirmPassword: "a first password" }),
    expect: { anonymous: "UNAUTHORIZED", owner: "CONFLICT", otherUser: "CONFLICT", subscriberWithGrant: "CONFLICT", subscriberWithoutGrant: "CONFLICT", admin: "CONFLICT", providerUser: "OK" },
  },
};

/**
 * More inputs for some procedures ("path#what"): the same actors checked with
 * other valid inputs, where who may call depends on what the input names
 * (another person's project, label or parent) or on a mode.
 */
const VARIANT_ROWS: Record<string, WrittenRow> = {
  // Only the owner has the project; for anyone else it is not found.
  "todo.list#project": { input: (w) => ({ view: "project", projectId: w.projectId }), expect: ownProject },
  // Another person's project, label or parent is not found (subscribers are refused first).
  "todo.create#details": {
    input: (w) => ({ contents: "new", dueOn: "2026-11-23", dueTime: "09:30", priority: 1, projectId: w.projectId, labelIds: [w.labelId], reminderMinutes: [10] }),
    expect: ownTodo,
  },
  "todo.create#subtask": { input: (w) => ({ contents: "new", parentId: w.secondTodoId }), expect: ownTodo },
  "todo.update#details": { input: (w) => ({ id: w.todoId, dueOn: "2026-11-24", priority: 2, projectId: w.projectId, labelIds: [w.labelId] }), expect: ownTodo },
  "todo.delete#keep": { input: (w) => ({ id: w.secondTodoId, subtasks: "keep" }), expect: ownTodo },
};

const withProviderUser = (rows: Record<string, WrittenRow>): Record<string, Row> =>
  Object.fromEntries(Object.entries(rows).map(([path, row]) => [path, { input: row.input, expect: { ...row.expect, providerUser: row.expect.providerUser ?? row.expect.otherUser } }]));

export const TABLE: Record<string, Row> = withProviderUser(ROWS);
/** Keyed "procedure.path#variant"; the authorization test checks these too. */
export const VARIANTS: Record<string, Row> = withProviderUser(VARIANT_ROWS);

/** Accounts for every actor (plus a second admin, so last-admin rules stay out of the way), the owner's data, a grant. */
export async function buildWorld(db: TestDatabase): Promise<World> {
  const accounts = {
    owner: await createAccount(db, "USER"),
    otherUser: await createAccount(db, "USER"),
    subscriberWithGrant: await createAccount(db, "SUBSCRIBER"),
    subscriberWithoutGrant: await createAccount(db, "SUBSCRIBER"),
    admin: await createAccount(db, "ADMIN"),
    providerUser: await createProviderAccount(db),
  };
  await createAccount(db, "ADMIN");
  await db.subscriptions.grant(accounts.subscriberWithGrant.id, accounts.owner.id, accounts.owner.id);
  await db.providerAccounts.link(accounts.owner.id, "google", `owner-google-${randomUUID()}`, clock);
  const asOwner = callerFor(db, accounts.owner, null, () => clock);
  const project = await asOwner.todo.project.create({ name: "Work", color: "blue" });
  const label = await asOwner.todo.label.create({ name: "phone" });
  const secondTodo = await asOwner.todo.create({ contents: "owner's planned todo", dueOn: "2026-11-22", priority: 2, projectId: project.id, labelIds: [label.id] });
  await asOwner.todo.create({ contents: "owner's subtask", parentId: secondTodo.id });
  const todo = await asOwner.todo.create({ contents: "owner's todo" });
  const schedule = await asOwner.schedule.create({ title: "owner's schedule", ...slot });
  await deliverDueReminders(db, { now: () => at(30) });
  const notification = await db.prisma.notification.findFirstOrThrow({ where: { recipientId: accounts.owner.id } });
  const repeating = await asOwner.schedule.create({ title: "owner's daily", ...slot, recurrence: "RRULE:FREQ=DAILY;COUNT=3" });
  await asOwner.schedule.delete({ id: repeating.id, occurrenceStartAt: at(72), scope: "this" });
  const ownerOtherSessionId = await db.sessions.create({ userId: accounts.owner.id, ip: "192.0.2.7", userAgent: "Firefox", now: clock, lifetimeSeconds: 86_400 });
  const passwordLinkToken = await db.passwordLinks.create({ userId: accounts.otherUser.id, purpose: "ADMIN_RESET", now: clock, expiresAt: at(24) });
  const { secret: ownerPendingTotpSecret } = await asOwner.account.twoFactor.start();
  const ownerToken = await db.apiTokens.createPersonal({
    userId: accounts.owner.id,
    name: "owner's script",
    scope: "READ_WRITE",
    secret: { hash: randomUUID().replaceAll("-", "").padEnd(64, "0"), hint: "pln_test" },
    now: clock,
    expiresAt: null,
  });
  await db.calendarFeeds.putSecret(accounts.owner.id, { hash: randomUUID().replaceAll("-", "").padEnd(64, "1"), hint: "plc_test" }, clock);
  const asAdmin = callerFor(db, accounts.admin, null, () => clock);
  const { secret: adminSecret } = await asAdmin.account.twoFactor.start();
  const { recoveryCodes } = await asAdmin.account.twoFactor.confirm({ code: totpAt(adminSecret, clock) });
  return {
    accounts,
    todoId: todo.id,
    secondTodoId: secondTodo.id,
    projectId: project.id,
    labelId: label.id,
    scheduleId: schedule.id,
    repeatingScheduleId: repeating.id,
    notificationId: notification.id,
    ownerOtherSessionId,
    passwordLinkToken,
    ownerPendingTotpSecret,
    adminRecoveryCode: recoveryCodes[0]!,
    ownerTokenId: ownerToken.id,
  };
}

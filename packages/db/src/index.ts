export { resolveDatabaseConfig, findRepoRoot, type DatabaseConfig } from "./config";
export { openDatabase, type Database, type DatabaseSource, type OpenOptions } from "./database";
export { getDatabase } from "./app-database";
export { dbSettings } from "./settings";
export { defineSettings, integerSetting, booleanSetting, InvalidSettingError } from "./settings-kit";
export { hashPassword, verifyPassword, bcryptCost } from "./passwords";
export { uniqueViolationFields } from "./prisma-errors";
export { seedDemoData, DEMO_ACCOUNTS } from "./seed";
export type { PublicUser, UserCredentials, LogInAccount, DeletedUser, NewUser, AdminUserRow, AdminGuard } from "./repositories/user-repository";
export type { Person, Follower } from "./repositories/subscription-repository";
export type { RateLimitWindow } from "./repositories/rate-limit-repository";
export type { ProviderAccountRecord, DisconnectGuard } from "./repositories/provider-account-repository";
export type { PasswordLinkRecord } from "./repositories/password-link-repository";
export type { TwoFactorRecord, RecoveryCodeHash } from "./repositories/two-factor-repository";
export type { LiveSession, NewSession, SessionKind, SessionRecord } from "./repositories/session-repository";
export type { LiveBearer, NewPersonalToken, PersonalTokenRecord, RefreshOutcome, SessionTokens, StoredSecret } from "./repositories/api-token-repository";
export type { CalendarFeedRecord, LiveCalendarFeed } from "./repositories/calendar-feed-repository";
export type {
  Todo,
  TodoRecord,
  TodoSearchHit,
  ListRef,
  TodoRef,
  TodoWithOwner,
  TodoCounts,
  NewTodo,
  TodoChanges,
  RestoredTodo,
  SidebarCounts,
  TodoPlace,
  ViewScope,
  AdminTodoFilter,
} from "./repositories/todo-repository";
export type { Project, ProjectPlace } from "./repositories/project-repository";
export type { Label } from "./repositories/label-repository";
export type {
  Schedule,
  ScheduleWithOwner,
  ScheduleChanges,
  ScheduleForChange,
  ScheduleOverrideRef,
  ScheduleWriteSet,
  NewSchedule,
} from "./repositories/schedule-repository";
export type { ScheduleRangeRow } from "./repositories/schedule-range-query";
export type { ImportWriteSet, ImportedScheduleRow, StoredImportRow } from "./repositories/schedule-import-repository";
export type { DeliveryOptions, DeliveryResult, DueSchedule, ReminderNotification, ReminderPlan } from "./repositories/reminder-repository";
export type { Notification, PendingEmail, ClaimedEmail, EmailQueuePosition } from "./repositories/notification-repository";

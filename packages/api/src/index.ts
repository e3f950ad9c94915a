export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Context, type SessionClaims } from "./context";
export { checkHealth, type HealthReport } from "./health";
export { logIn, type LogInResult, type AuthenticatedUser } from "./services/auth-service";
export type { Access, Meta } from "./trpc";
export { startReminderWorker, deliverDueReminders, sendPendingEmails, type RunningWorker } from "./reminders/worker";
export { mailerFromSettings, createMailer, type Mailer } from "./reminders/mailer";
export { appClock } from "./clock";

import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import { openPglite } from "./connections";
import { PrismaClient } from "./generated/prisma/client";
import { ApiTokenRepository } from "./repositories/api-token-repository";
import { CalendarFeedRepository } from "./repositories/calendar-feed-repository";
import { PasswordLinkRepository } from "./repositories/password-link-repository";
import { ProviderAccountRepository } from "./repositories/provider-account-repository";
import { RateLimitRepository } from "./repositories/rate-limit-repository";
import { NotificationRepository } from "./repositories/notification-repository";
import { ReminderRepository } from "./repositories/reminder-repository";
import { ScheduleImportRepository } from "./repositories/schedule-import-repository";
import { ScheduleRepository } from "./repositories/schedule-repository";
import { SessionRepository } from "./repositories/session-repository";
import { SubscriptionRepository } from "./repositories/subscription-repository";
import { TodoRepository } from "./repositories/todo-repository";
import { ProjectRepository } from "./repositories/project-repository";
import { LabelRepository } from "./repositories/label-repository";
import { TwoFactorRepository } from "./repositories/two-factor-repository";
import { UserRepository } from "./repositories/user-repository";
import { dbSettings } from "./settings";

/** Everything the application may do with its data: one repository per aggregate. */
export type Database = {
  kind: DatabaseConfig["kind"];
  users: UserRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  calendarFeeds: CalendarFeedRepository;
  twoFactor: TwoFactorRepository;
  rateLimits: RateLimitRepository;
  passwordLinks: PasswordLinkRepository;
  providerAccounts: ProviderAccountRepository;
  todos: TodoRepository;
  projects: ProjectRepository;
  labels: LabelRepository;
  schedules: ScheduleRepository;
  scheduleImports: ScheduleImportRepository;
  subscriptions: SubscriptionRepository;
  reminders: ReminderRepository;
  notifications: NotificationRepository;
  /** Resolves when the database answers a trivial query within timeoutMs. */
  ping: (timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
  /** For seeds and tests inside this package only. */
  readonly prisma: PrismaClient;
};

/**
 * A PGlite already open in this process (tests, or the app's own instance, which
 * migrations use before the app does). `owned`: close it with the Database.
 */
export type DatabaseSource = DatabaseConfig | { kind: "pglite-instance"; pglite: PGlite; owned?: boolean };

export type OpenOptions = {
  poolSize?: number;
  /**
   * Called with every SQL statement Prisma sends and its parameters as a JSON
   * array (tests count statements to catch N+1; bench:lists explains them).
   */
  onQuery?: (sql: string, params: string) => void;
};

export async function openDatabase(source: DatabaseSource, options: OpenOptions = {}): Promise<Database> {
  if (source.kind === "postgres") {
    const adapter = new PrismaPg({ connectionString: source.url, max: options.poolSize ?? dbSettings().DATABASE_POOL_SIZE });
    const prisma = createClient(adapter, options);
    return buildDatabase("postgres", prisma, () => prisma.$disconnect());
  }
  const pglite = source.kind === "pglite" ? await openPglite(source.dataDir) : source.pglite;
  const ownsPglite = source.kind === "pglite" || source.owned === true;
  await pglite.waitReady;
  const prisma = createClient(new PrismaPGlite(pglite), options);
  return buildDatabase("pglite", prisma, async () => {
    await prisma.$disconnect();
    if (ownsPglite) await pglite.close();
  });
}

function createClient(adapter: PrismaPg | PrismaPGlite, options: OpenOptions): PrismaClient {
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query, event.params));
  return client;
}

function buildDatabase(
  kind: Database["kind"],
  prisma: PrismaClient,
  close: () => Promise<void>,
): Database {
  return {
    kind,
    prisma,
    users: new UserRepository(prisma),
    sessions: new SessionRepository(prisma),
    apiTokens: new ApiTokenRepository(prisma),
    calendarFeeds: new CalendarFeedRepository(prisma),
    twoFactor: new TwoFactorRepository(prisma),
    rateLimits: new RateLimitRepository(prisma),
    passwordLinks: new PasswordLinkRepository(prisma),
    providerAccounts: new ProviderAccountRepository(prisma),
    todos: new TodoRepository(prisma),
    projects: new ProjectRepository(prisma),
    labels: new LabelRepository(prisma),
    schedules: new ScheduleRepository(prisma),
    scheduleImports: new ScheduleImportRepository(prisma),
    subscriptions: new SubscriptionRepository(prisma),
    reminders: new ReminderRepository(prisma),
    notifications: new NotificationRepository(prisma),
    ping: (timeoutMs = 2000) => withTimeout(prisma.$queryRaw`SELECT 1`.then(() => undefined), timeoutMs),
    close,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

-- Richer todos (issue 17): due dates and times, priority, projects, labels, one level of
-- subtasks, reminders, and one manual order per owner (fractional-indexing keys).

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "color" VARCHAR(16) NOT NULL,
    -- Keys of the fractional-indexing library compare byte by byte ("Zz" < "a0" < "a0V"),
    -- which a language collation would not.
    "position" TEXT COLLATE "C" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "labels" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "color" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "labels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "todo_labels" (
    "todo_id" UUID NOT NULL,
    "label_id" UUID NOT NULL,

    CONSTRAINT "todo_labels_pkey" PRIMARY KEY ("todo_id","label_id")
);

-- AlterTable (position is filled below before it becomes NOT NULL)
ALTER TABLE "todos" ADD COLUMN     "due_at" TIMESTAMPTZ(3),
ADD COLUMN     "due_on" DATE,
ADD COLUMN     "parent_id" UUID,
ADD COLUMN     "position" TEXT COLLATE "C",
ADD COLUMN     "priority" SMALLINT NOT NULL DEFAULT 4,
ADD COLUMN     "project_id" UUID,
ADD COLUMN     "reminder_minutes" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Existing todos keep the order they were shown in, newest first: the n-th newest of an
-- owner (from 0) gets the n-th integer key of fractional-indexing ("a0".."az", then
-- "b00".."bzz", "c000"..: the head letter says how many base-62 digits follow), which
-- sort in that order byte by byte and are valid keys for the library to insert between.
UPDATE "todos" AS t SET "position" = k."key"
FROM (
  SELECT numbered."id",
         chr(ascii('a') + digits.d - 1) || (
           SELECT string_agg(
                    substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                           ((numbered.n / (62::numeric ^ (digits.d - 1 - i))::bigint) % 62)::int + 1, 1),
                    '' ORDER BY i)
           FROM generate_series(0, digits.d - 1) AS i
         ) AS "key"
  FROM (
    SELECT "id", (row_number() OVER (PARTITION BY "owner_id" ORDER BY "created_at" DESC, "id" DESC) - 1)::bigint AS n
    FROM "todos"
  ) AS numbered
  CROSS JOIN LATERAL (
    SELECT CASE WHEN numbered.n < 62 THEN 1 WHEN numbered.n < 3844 THEN 2 WHEN numbered.n < 238328 THEN 3
                WHEN numbered.n < 14776336 THEN 4 ELSE 5 END AS d
  ) AS digits
) AS k
WHERE t."id" = k."id";

ALTER TABLE "todos" ALTER COLUMN "position" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "projects_owner_id_position_key" ON "projects"("owner_id", "position");

-- CreateIndex
CREATE INDEX "todo_labels_label_id_todo_id_idx" ON "todo_labels"("label_id", "todo_id");

-- CreateIndex
CREATE INDEX "todos_parent_id_position_idx" ON "todos"("parent_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "todos_owner_id_position_key" ON "todos"("owner_id", "position");

-- AddForeignKey
ALTER TABLE "todos" ADD CONSTRAINT "todos_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "todos" ADD CONSTRAINT "todos_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "todos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "todo_labels" ADD CONSTRAINT "todo_labels_todo_id_fkey" FOREIGN KEY ("todo_id") REFERENCES "todos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "todo_labels" ADD CONSTRAINT "todo_labels_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here (Prisma's schema cannot say these, and its diff leaves them alone).

-- Rules that hold even for writes that bypass the application.
ALTER TABLE "todos" ADD CONSTRAINT "todos_priority_range" CHECK ("priority" BETWEEN 1 AND 4);
ALTER TABLE "todos" ADD CONSTRAINT "todos_time_needs_date" CHECK ("due_at" IS NULL OR "due_on" IS NOT NULL);
ALTER TABLE "todos" ADD CONSTRAINT "todos_reminders_need_time" CHECK ("due_at" IS NOT NULL OR cardinality("reminder_minutes") = 0);
ALTER TABLE "todos" ADD CONSTRAINT "todos_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
ALTER TABLE "projects" ADD CONSTRAINT "projects_name_not_blank" CHECK (length(btrim("name")) > 0);
ALTER TABLE "labels" ADD CONSTRAINT "labels_name_not_blank" CHECK (length(btrim("name")) > 0);

-- Names are unique per owner whatever their case ("Work" and "work" are one project);
-- these also serve every "this owner's projects / labels" lookup.
CREATE UNIQUE INDEX "projects_owner_id_name_key" ON "projects"("owner_id", lower("name"));
CREATE UNIQUE INDEX "labels_owner_id_name_key" ON "labels"("owner_id", lower("name"));

-- The views' order: due date (none last), date-only before timed on a day, then by time,
-- priority, the manual order, id. The sort keys are never NULL (COALESCE), so a keyset
-- cursor is one row comparison the index seeks to. One owner's todos (All, Today,
-- Upcoming, the calendar's range):
CREATE INDEX "todos_owner_view_order_idx" ON "todos"(
  "owner_id", (COALESCE("due_on", 'infinity'::date)), (COALESCE("due_at", '-infinity'::timestamptz)), "priority", "position", "id");
-- A project's todos, and the Inbox's (project_id IS NULL, with the owner); it also finds
-- a deleted project's todos for ON DELETE SET NULL.
CREATE INDEX "todos_project_view_order_idx" ON "todos"(
  "project_id", "owner_id", (COALESCE("due_on", 'infinity'::date)), (COALESCE("due_at", '-infinity'::timestamptz)), "priority", "position", "id");

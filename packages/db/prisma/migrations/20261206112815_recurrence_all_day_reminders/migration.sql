-- Repeating, all-day and chosen reminders (issue 15). The unique key on
-- (series_id, original_start_at) is new with its columns: no rows can clash.
-- AlterTable
ALTER TABLE "schedules" ADD COLUMN     "all_day" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "original_start_at" TIMESTAMPTZ(3),
ADD COLUMN     "recurrence" VARCHAR(500),
ADD COLUMN     "reminder_minutes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "repeats_until" TIMESTAMPTZ(3),
ADD COLUMN     "series_id" UUID,
ADD COLUMN     "time_zone" VARCHAR(64);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "all_day_reminder_defaults" INTEGER[] DEFAULT ARRAY[900]::INTEGER[],
ADD COLUMN     "timed_reminder_defaults" INTEGER[] DEFAULT ARRAY[1440, 10]::INTEGER[];

-- CreateTable
CREATE TABLE "schedule_exceptions" (
    "schedule_id" UUID NOT NULL,
    "original_start_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schedule_exceptions_pkey" PRIMARY KEY ("schedule_id","original_start_at")
);

-- CreateIndex
CREATE INDEX "schedules_owner_id_repeats_until_idx" ON "schedules"("owner_id", "repeats_until");

-- CreateIndex
CREATE UNIQUE INDEX "schedules_series_id_original_start_at_key" ON "schedules"("series_id", "original_start_at");

-- AddForeignKey
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma cannot model CHECK constraints, and its diff ignores them):
-- a repeating schedule always has the end that indexes it and the zone it repeats in.
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_repeating_complete"
  CHECK (("recurrence" IS NULL) = ("repeats_until" IS NULL) AND ("recurrence" IS NULL OR "time_zone" IS NOT NULL));

-- Schedules made before this change were reminded a day ahead: they keep that reminder.
UPDATE "schedules" SET "reminder_minutes" = ARRAY[1440]::INTEGER[];

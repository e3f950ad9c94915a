-- Imported events keep their iCalendar UID (issue 16), so importing a file again
-- updates them instead of adding them twice. The column is new: no rows can clash.
-- AlterTable
ALTER TABLE "schedules" ADD COLUMN     "ical_uid" VARCHAR(300);

-- CreateIndex
CREATE UNIQUE INDEX "schedules_owner_id_ical_uid_original_start_at_key" ON "schedules"("owner_id", "ical_uid", "original_start_at");

-- Hand-written (Prisma's schema cannot say it, and its diff leaves it alone): the index
-- above never compares NULLs, so a series or one-off (no series_id) needs this one to be
-- unique per owner and UID. Moved occurrences are kept by the one above (their
-- original_start_at is briefly NULL while a change of their series moves them).
CREATE UNIQUE INDEX "schedules_owner_id_ical_uid_series_key" ON "schedules"("owner_id", "ical_uid")
  WHERE "ical_uid" IS NOT NULL AND "series_id" IS NULL;

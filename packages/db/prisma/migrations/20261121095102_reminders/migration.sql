-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('NONE', 'PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "email_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "email_status" "EmailStatus" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "schedule_reminders" (
    "schedule_id" UUID NOT NULL,
    "remind_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schedule_reminders_pkey" PRIMARY KEY ("schedule_id")
);

-- CreateIndex
CREATE INDEX "schedule_reminders_remind_at_idx" ON "schedule_reminders"("remind_at");

-- CreateIndex
CREATE INDEX "notifications_recipient_id_read_at_idx" ON "notifications"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_email_status_created_at_idx" ON "notifications"("email_status", "created_at");

-- AddForeignKey
ALTER TABLE "schedule_reminders" ADD CONSTRAINT "schedule_reminders_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

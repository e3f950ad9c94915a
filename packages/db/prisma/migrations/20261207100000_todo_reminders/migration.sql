-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'TODO_REMINDER';

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "todo_id" UUID;

-- CreateTable
CREATE TABLE "todo_reminders" (
    "todo_id" UUID NOT NULL,
    "remind_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "todo_reminders_pkey" PRIMARY KEY ("todo_id")
);

-- CreateIndex
CREATE INDEX "todo_reminders_remind_at_idx" ON "todo_reminders"("remind_at");

-- CreateIndex
CREATE INDEX "notifications_todo_id_idx" ON "notifications"("todo_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_todo_id_fkey" FOREIGN KEY ("todo_id") REFERENCES "todos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "todo_reminders" ADD CONSTRAINT "todo_reminders_todo_id_fkey" FOREIGN KEY ("todo_id") REFERENCES "todos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

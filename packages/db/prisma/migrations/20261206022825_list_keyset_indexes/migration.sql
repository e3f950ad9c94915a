-- DropIndex
DROP INDEX "notifications_recipient_id_created_at_idx";

-- DropIndex
DROP INDEX "schedules_owner_id_start_at_idx";

-- CreateIndex
CREATE INDEX "notifications_recipient_id_created_at_id_idx" ON "notifications"("recipient_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "schedules_owner_id_start_at_id_idx" ON "schedules"("owner_id", "start_at", "id");

-- CreateIndex
CREATE INDEX "schedules_start_at_id_idx" ON "schedules"("start_at", "id");

-- CreateIndex
CREATE INDEX "schedules_status_start_at_id_idx" ON "schedules"("status", "start_at", "id");

-- CreateIndex
CREATE INDEX "todos_created_at_id_idx" ON "todos"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "todos_done_created_at_id_idx" ON "todos"("done", "created_at" DESC, "id" DESC);

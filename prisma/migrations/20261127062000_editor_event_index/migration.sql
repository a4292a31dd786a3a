-- DropIndex
DROP INDEX "event_start_date_id_idx";

-- DropIndex
DROP INDEX "event_end_date_idx";

-- DropIndex
DROP INDEX "event_status_start_date_idx";

-- CreateIndex
CREATE INDEX "event_updated_at_id_idx" ON "event"("updated_at", "id");

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "grade_reason" TEXT;

-- AlterTable
ALTER TABLE "event_source" ADD COLUMN     "is_primary" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "status_change" ADD COLUMN     "effective_date" DATE;

-- CreateTable
CREATE TABLE "estimate" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "quantity" TEXT NOT NULL,
    "low" DOUBLE PRECISION,
    "best" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "unit" TEXT NOT NULL,
    "refers_to" TEXT NOT NULL,
    "claimant_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "event_id" INTEGER,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "estimate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "estimate_key_key" ON "estimate"("key");

-- CreateIndex
CREATE INDEX "estimate_quantity_refers_to_idx" ON "estimate"("quantity", "refers_to");

-- CreateIndex
CREATE INDEX "estimate_event_id_idx" ON "estimate"("event_id");

-- AddForeignKey
ALTER TABLE "estimate" ADD CONSTRAINT "estimate_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate" ADD CONSTRAINT "estimate_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate" ADD CONSTRAINT "estimate_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Estimates are read by readers: a write bumps the data version like every reader table.
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "estimate"
  FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();

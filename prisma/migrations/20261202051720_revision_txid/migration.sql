-- AlterTable
ALTER TABLE "revision" ADD COLUMN     "txid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- CreateIndex
CREATE INDEX "revision_txid_id_idx" ON "revision"("txid", "id");

-- AlterTable
ALTER TABLE "actor" ADD COLUMN     "name_ko" TEXT;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "summary_ko" TEXT,
ADD COLUMN     "title_ko" TEXT;

-- AlterTable
ALTER TABLE "estimate" ADD COLUMN     "quantity_ko" TEXT;

-- AlterTable
ALTER TABLE "era" ADD COLUMN     "title_ko" TEXT;

-- Korean search (lib/db/search, lib/db/events/list.ts): the English text-search configuration
-- does not split Korean, so Korean text is matched as a substring (ILIKE) backed by trigram
-- indexes. Partial: only translated, live rows are indexed, so a query too short for a
-- trigram (two syllables: "파병") scans just those rows, not every event.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "event_title_ko_trgm" ON "event" USING gin ("title_ko" gin_trgm_ops)
  WHERE "title_ko" IS NOT NULL AND "deleted_at" IS NULL;
CREATE INDEX "event_summary_ko_trgm" ON "event" USING gin ("summary_ko" gin_trgm_ops)
  WHERE "summary_ko" IS NOT NULL AND "deleted_at" IS NULL;
CREATE INDEX "actor_name_ko_trgm" ON "actor" USING gin ("name_ko" gin_trgm_ops)
  WHERE "name_ko" IS NOT NULL;

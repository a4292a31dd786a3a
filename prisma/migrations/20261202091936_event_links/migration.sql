-- CreateEnum
CREATE TYPE "EventLinkKind" AS ENUM ('responds_to', 'follows_from');

-- CreateTable
CREATE TABLE "event_link" (
    "id" SERIAL NOT NULL,
    "from_id" INTEGER NOT NULL,
    "to_id" INTEGER NOT NULL,
    "kind" "EventLinkKind" NOT NULL,
    "note" TEXT,
    "source_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "event_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_link_to_id_idx" ON "event_link"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_link_from_id_to_id_kind_key" ON "event_link"("from_id", "to_id", "kind");

-- AddForeignKey
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An event does not respond to itself.
ALTER TABLE "event_link" ADD CONSTRAINT "event_link_not_self" CHECK ("from_id" <> "to_id");

-- Every change bumps the data version, so cached reads and ETags move on (see the scale migration).
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_link"
  FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();

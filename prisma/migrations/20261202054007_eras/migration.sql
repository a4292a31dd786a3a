-- CreateTable
CREATE TABLE "era" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "era_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "era_source" (
    "era_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "era_source_pkey" PRIMARY KEY ("era_id","source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "era_slug_key" ON "era"("slug");

-- AddForeignKey
ALTER TABLE "era_source" ADD CONSTRAINT "era_source_era_id_fkey" FOREIGN KEY ("era_id") REFERENCES "era"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "era_source" ADD CONSTRAINT "era_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Era writes change what readers see (the timeline's bands): count them in data_version.
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "era"
  FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "era_source"
  FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();

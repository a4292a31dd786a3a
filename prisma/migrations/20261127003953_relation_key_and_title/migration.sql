-- AlterTable
ALTER TABLE "relation" ADD COLUMN     "key" TEXT,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "relation_key_key" ON "relation"("key");

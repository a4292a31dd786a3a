-- AlterTable
ALTER TABLE "relation" ADD COLUMN     "designations" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "obligations" JSONB NOT NULL DEFAULT '[]';

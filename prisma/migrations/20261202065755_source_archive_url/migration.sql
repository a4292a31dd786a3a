-- AlterTable
ALTER TABLE "source" ADD COLUMN     "archive_url" TEXT;

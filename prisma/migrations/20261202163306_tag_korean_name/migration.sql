-- AlterTable
ALTER TABLE "tag" ADD COLUMN     "name_ko" TEXT;

-- AlterTable
ALTER TABLE "source" ALTER COLUMN "reliability" DROP NOT NULL,
ALTER COLUMN "reliability" DROP DEFAULT;

-- AlterTable
ALTER TABLE "event_source" ALTER COLUMN "credibility" DROP NOT NULL,
ALTER COLUMN "credibility" DROP DEFAULT;

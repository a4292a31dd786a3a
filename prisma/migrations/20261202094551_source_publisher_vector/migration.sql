-- The site search finds sources by their publisher too ("Yonhap", "Reuters"). Generated, so
-- every write keeps it current (Prisma sees it as Unsupported("tsvector")).
ALTER TABLE "source" ADD COLUMN "publisher_vector" tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce("publisher", ''))
) STORED;

CREATE INDEX "source_publisher_vector_idx" ON "source" USING GIN ("publisher_vector");

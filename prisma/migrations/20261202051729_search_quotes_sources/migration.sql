-- Reader search reaches quotes (text, translation and speaker) and the titles of sources.
-- Generated, so every write keeps them current (Prisma sees them as Unsupported("tsvector")).
ALTER TABLE "source" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce("title", ''))
) STORED;

ALTER TABLE "quote" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce("text", '') || ' ' || coalesce("translation", '') || ' ' || coalesce("speaker", ''))
) STORED;

CREATE INDEX "source_title_vector_idx" ON "source" USING GIN ("title_vector");

CREATE INDEX "quote_search_vector_idx" ON "quote" USING GIN ("search_vector");

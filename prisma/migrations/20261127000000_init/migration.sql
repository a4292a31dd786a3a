-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('state', 'alliance', 'organization', 'armed_group', 'person');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('reported', 'confirmed', 'disputed', 'denied', 'retracted');

-- CreateEnum
CREATE TYPE "Publication" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "TradeFlow" AS ENUM ('export', 'import', 'total');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('create', 'update', 'trash', 'restore', 'revert');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('treaty', 'strategic_partnership', 'military_cooperation', 'arms_transfer', 'sanctions_regime', 'membership');

-- CreateTable
CREATE TABLE "actor" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "color" TEXT,
    "affiliation" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "date_precision" "DatePrecision" NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'reported',
    "publication" "Publication" NOT NULL DEFAULT 'draft',
    "location_name" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "importance" INTEGER NOT NULL DEFAULT 3,
    "confidence" "Confidence" NOT NULL DEFAULT 'medium',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),
    -- Generated, so every write keeps it current (Prisma sees it as Unsupported("tsvector")).
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('english', coalesce("notes", '') || ' ' || coalesce("location_name", '')), 'C')
    ) STORED,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_actor" (
    "event_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'participant',

    CONSTRAINT "event_actor_pkey" PRIMARY KEY ("event_id","actor_id")
);

-- CreateTable
CREATE TABLE "tag" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_tag" (
    "event_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "event_tag_pkey" PRIMARY KEY ("event_id","tag_id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_is_descriptive" BOOLEAN NOT NULL DEFAULT false,
    "url" TEXT,
    "published_at" TEXT,
    "reliability" "Reliability" NOT NULL DEFAULT 'F',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_source" (
    "event_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "credibility" INTEGER NOT NULL DEFAULT 6,

    CONSTRAINT "event_source_pkey" PRIMARY KEY ("event_id","source_id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "speaker" TEXT NOT NULL,
    "speaker_actor_id" INTEGER,
    "role" TEXT,
    "text" TEXT NOT NULL,
    "is_fragment" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL DEFAULT 'en',
    "translation" TEXT,
    "date" TEXT,
    "venue" TEXT,
    "quoted_via" TEXT,
    "is_verified" BOOLEAN NOT NULL DEFAULT false,
    "confidence" "Confidence" NOT NULL DEFAULT 'medium',
    "notes" TEXT,
    "event_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote_source" (
    "quote_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "quote_source_pkey" PRIMARY KEY ("quote_id","source_id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "from_status" "ClaimStatus",
    "to_status" "ClaimStatus" NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "source_id" INTEGER,
    "changed_by_id" INTEGER,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trade_observation" (
    "id" SERIAL NOT NULL,
    "reporter_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "period" TEXT NOT NULL,
    "flow" "TradeFlow" NOT NULL,
    "value_usd" DOUBLE PRECISION NOT NULL,
    "compiler" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "confidence" "Confidence" NOT NULL DEFAULT 'medium',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "trade_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relation" (
    "id" SERIAL NOT NULL,
    "actor_a_id" INTEGER NOT NULL,
    "actor_b_id" INTEGER NOT NULL,
    "kind" "RelationKind" NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" "ClaimStatus" NOT NULL DEFAULT 'confirmed',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relation_event" (
    "relation_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,

    CONSTRAINT "relation_event_pkey" PRIMARY KEY ("relation_id","event_id")
);

-- CreateTable
CREATE TABLE "relation_source" (
    "relation_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "relation_source_pkey" PRIMARY KEY ("relation_id","source_id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "disabled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" SERIAL NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "actor_code_key" ON "actor"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");

-- CreateIndex
CREATE INDEX "event_start_date_id_idx" ON "event"("start_date", "id");

-- CreateIndex
CREATE INDEX "event_end_date_idx" ON "event"("end_date");

-- CreateIndex
CREATE INDEX "event_status_start_date_idx" ON "event"("status", "start_date");

-- CreateIndex
CREATE INDEX "event_search_vector_idx" ON "event" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "event_actor_actor_id_event_id_idx" ON "event_actor"("actor_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "tag_slug_key" ON "tag"("slug");

-- CreateIndex
CREATE INDEX "event_tag_tag_id_event_id_idx" ON "event_tag"("tag_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_key_key" ON "source"("key");

-- CreateIndex
CREATE INDEX "event_source_source_id_idx" ON "event_source"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "quote_key_key" ON "quote"("key");

-- CreateIndex
CREATE INDEX "quote_event_id_idx" ON "quote"("event_id");

-- CreateIndex
CREATE INDEX "quote_speaker_actor_id_idx" ON "quote"("speaker_actor_id");

-- CreateIndex
CREATE INDEX "status_change_event_id_changed_at_idx" ON "status_change"("event_id", "changed_at");

-- CreateIndex
CREATE INDEX "trade_observation_reporter_id_partner_id_year_idx" ON "trade_observation"("reporter_id", "partner_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "trade_observation_reporter_id_partner_id_period_flow_source_key" ON "trade_observation"("reporter_id", "partner_id", "period", "flow", "source_id");

-- CreateIndex
CREATE INDEX "relation_start_date_end_date_idx" ON "relation"("start_date", "end_date");

-- CreateIndex
CREATE INDEX "relation_actor_a_id_idx" ON "relation"("actor_a_id");

-- CreateIndex
CREATE INDEX "relation_actor_b_id_idx" ON "relation"("actor_b_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "revision_entity_type_entity_id_version_key" ON "revision"("entity_type", "entity_id", "version");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actor" ADD CONSTRAINT "event_actor_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actor" ADD CONSTRAINT "event_actor_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_tag" ADD CONSTRAINT "event_tag_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_tag" ADD CONSTRAINT "event_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_source" ADD CONSTRAINT "event_source_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_source" ADD CONSTRAINT "event_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_actor_id_fkey" FOREIGN KEY ("speaker_actor_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_source" ADD CONSTRAINT "quote_source_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_source" ADD CONSTRAINT "quote_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_observation" ADD CONSTRAINT "trade_observation_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_observation" ADD CONSTRAINT "trade_observation_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_observation" ADD CONSTRAINT "trade_observation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation" ADD CONSTRAINT "relation_actor_a_id_fkey" FOREIGN KEY ("actor_a_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation" ADD CONSTRAINT "relation_actor_b_id_fkey" FOREIGN KEY ("actor_b_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_event" ADD CONSTRAINT "relation_event_relation_id_fkey" FOREIGN KEY ("relation_id") REFERENCES "relation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_event" ADD CONSTRAINT "relation_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_source" ADD CONSTRAINT "relation_source_relation_id_fkey" FOREIGN KEY ("relation_id") REFERENCES "relation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation_source" ADD CONSTRAINT "relation_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks Prisma cannot express: the last line of defence behind the zod schemas.
ALTER TABLE "event" ADD CONSTRAINT "event_importance_range" CHECK ("importance" BETWEEN 1 AND 5);
ALTER TABLE "event" ADD CONSTRAINT "event_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "event_source" ADD CONSTRAINT "event_source_credibility_range" CHECK ("credibility" BETWEEN 1 AND 6);
ALTER TABLE "trade_observation" ADD CONSTRAINT "trade_observation_month_range" CHECK ("month" IS NULL OR "month" BETWEEN 1 AND 12);
ALTER TABLE "trade_observation" ADD CONSTRAINT "trade_observation_value_nonnegative" CHECK ("value_usd" >= 0);
ALTER TABLE "relation" ADD CONSTRAINT "relation_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");

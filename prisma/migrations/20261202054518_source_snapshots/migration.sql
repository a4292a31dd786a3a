-- CreateTable
CREATE TABLE "source_snapshot" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "final_url" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "text" TEXT NOT NULL,
    "retrieved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_link_check" (
    "source_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "status" INTEGER,
    "error" TEXT,
    "dead" BOOLEAN NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_link_check_pkey" PRIMARY KEY ("source_id")
);

-- CreateIndex
CREATE INDEX "source_snapshot_source_id_retrieved_at_idx" ON "source_snapshot"("source_id", "retrieved_at");

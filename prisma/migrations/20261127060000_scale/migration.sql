-- Scale: a cheap "has anything a reader sees changed" counter, and an index that lets a
-- narrow timeline window or a list page read only its own stretch of the event table.

-- data_version.n goes up once per committed transaction that wrote a reader table.
-- Statement triggers note the transaction in data_version_pending (once, guarded by a
-- transaction-local setting), and a deferred trigger on that row bumps the counter at
-- commit. Bumping last keeps the lock on the counter row short and taken after every
-- other lock, so concurrent writers queue on it instead of deadlocking.
CREATE TABLE "data_version" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "n" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO "data_version" ("id", "n") VALUES (1, 1);

CREATE TABLE "data_version_pending" ("xid" xid8 PRIMARY KEY);

CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('alliance.data_changed', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('alliance.data_changed', 'yes', true);
    INSERT INTO data_version_pending VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET n = n + 1, changed_at = now() WHERE id = 1;
  DELETE FROM data_version_pending WHERE xid = NEW.xid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "bump_data_version" AFTER INSERT ON "data_version_pending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['event', 'event_actor', 'event_tag', 'event_source', 'actor', 'tag', 'source',
    'quote', 'quote_source', 'status_change', 'trade_observation', 'relation', 'relation_event', 'relation_source']
  LOOP
    EXECUTE format('CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()', t);
  END LOOP;
END $$;

-- The last day an event covers: its end date, else the whole month or year its precision
-- implies. Stored, so windows can filter and index on it.
ALTER TABLE "event" ADD COLUMN "effective_end" DATE GENERATED ALWAYS AS (coalesce("end_date", CASE "date_precision"
    WHEN 'year' THEN make_date(extract(year FROM "start_date")::int, 12, 31)
    WHEN 'month' THEN ("date_trunc"('month', "start_date"::timestamp) + interval '1 month - 1 day')::date
    ELSE "start_date" END)) STORED;

-- What readers query: published, untrashed events by date. The included end date lets a
-- window test overlap from the index alone.
CREATE INDEX "event_reader_start_date_idx" ON "event" ("start_date", "id") INCLUDE ("effective_end")
    WHERE "deleted_at" IS NULL AND "publication" = 'published';
-- The longest span, so a window's scan can start that far before the window.
CREATE INDEX "event_span_idx" ON "event" (("effective_end" - "start_date"));
-- The latest day covered, for a timeline opened without dates.
CREATE INDEX "event_reader_effective_end_idx" ON "event" ("effective_end")
    WHERE "deleted_at" IS NULL AND "publication" = 'published';

-- Search pages rank title matches first, newest first, so the title has its own vector
-- and index: a page of a common word's matches is read from an index, not scored in full.
ALTER TABLE "event" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", ''))) STORED;
CREATE INDEX "event_title_vector_idx" ON "event" USING GIN ("title_vector");

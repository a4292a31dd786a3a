-- Timeline counts: how many published, untrashed events start on each day and in each
-- month, per status, per actor and per tag. A zoomed-out timeline sums a few thousand of
-- these rows instead of joining every event of its window to its actors.
--
-- kind: 's' status (lane = the status's position in its enum; summed over lanes: every event),
--       'a' actor (lane = actor id, 0 for events without one),
--       't' tag (lane = tag id, 0 for events without an untrashed tag).
-- Counts change in place on every import, so the tables leave room on each page for
-- updates that need no index change (n is not indexed).
CREATE TABLE "event_day_count" (
    "kind" "char" NOT NULL,
    "day" DATE NOT NULL,
    "lane" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    PRIMARY KEY ("kind", "day", "lane")
) WITH (fillfactor = 70);
-- The same sums per calendar month (month = its first day), for windows of many years.
CREATE TABLE "event_month_count" (
    "kind" "char" NOT NULL,
    "month" DATE NOT NULL,
    "lane" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    PRIMARY KEY ("kind", "month", "lane")
) WITH (fillfactor = 70);

-- Writers never touch the counts directly: statement triggers note what a transaction
-- changed (the ids of new events; the days of anything else, to be recounted), and the
-- transaction folds them in at commit, one transaction at a time, under the data_version
-- row lock. So concurrent imports never wait on, or deadlock over, count rows.
-- Unlogged: the notes live only until their transaction commits.
CREATE UNLOGGED TABLE "event_day_count_new" ("xid" xid8 NOT NULL, "event_id" INTEGER NOT NULL);
CREATE INDEX "event_day_count_new_idx" ON "event_day_count_new" ("xid", "event_id");
CREATE UNLOGGED TABLE "event_day_count_stale" ("xid" xid8 NOT NULL, "day" DATE NOT NULL);
CREATE INDEX "event_day_count_stale_xid_idx" ON "event_day_count_stale" ("xid");

-- What each event readers see adds to the counts: one row per kind and lane.
CREATE VIEW "event_day_lane" AS
  SELECT e.id AS event_id, 's'::"char" AS kind, e.start_date AS day, array_position(enum_range(NULL::"ClaimStatus"), e.status) AS lane
  FROM event e WHERE e.deleted_at IS NULL AND e.publication = 'published'
  UNION ALL
  SELECT e.id, 'a'::"char", e.start_date, coalesce(ea.actor_id, 0)
  FROM event e LEFT JOIN event_actor ea ON ea.event_id = e.id
  WHERE e.deleted_at IS NULL AND e.publication = 'published'
  UNION ALL
  SELECT e.id, 't'::"char", e.start_date, coalesce(et.tag_id, 0)
  FROM event e LEFT JOIN (event_tag et JOIN tag t ON t.id = et.tag_id AND t.deleted_at IS NULL) ON et.event_id = e.id
  WHERE e.deleted_at IS NULL AND e.publication = 'published';

-- The counts of the given days, from the events themselves.
CREATE FUNCTION count_event_days(days date[]) RETURNS TABLE ("kind" "char", "day" date, "lane" integer, "n" integer)
LANGUAGE sql STABLE AS $$
  SELECT l.kind, l.day, l.lane, count(*)::int FROM event_day_lane l WHERE l.day = ANY (days) GROUP BY 1, 2, 3
$$;

-- New events are counted at commit, with whatever links they have by then.
CREATE FUNCTION event_day_count_new_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_new (xid, event_id) SELECT pg_current_xact_id(), e.id FROM new_rows e;
  RETURN NULL;
END $$;

-- New links of events made earlier: their days are recounted.
CREATE FUNCTION event_day_count_new_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_stale (xid, day)
  SELECT DISTINCT pg_current_xact_id(), e.start_date FROM new_rows l JOIN event e ON e.id = l.event_id
  WHERE NOT EXISTS (SELECT 1 FROM event_day_count_new x WHERE x.xid = pg_current_xact_id() AND x.event_id = l.event_id);
  RETURN NULL;
END $$;

-- Anything else (an edit, trash, restore, a removed link, a trashed tag) is rare: the days
-- it touches are recounted from the events at commit.
CREATE FUNCTION event_day_count_changed_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO event_day_count_stale (xid, day)
    SELECT DISTINCT pg_current_xact_id(), d.day
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.start_date), (n.start_date)) d(day)
    WHERE (o.start_date, o.status, o.publication, o.deleted_at IS NULL) IS DISTINCT FROM (n.start_date, n.status, n.publication, n.deleted_at IS NULL);
  ELSE
    INSERT INTO event_day_count_stale (xid, day) SELECT DISTINCT pg_current_xact_id(), o.start_date FROM old_rows o;
  END IF;
  RETURN NULL;
END $$;

-- Removed or changed links; the days of a deleted event are noted by its own trigger.
CREATE FUNCTION event_day_count_changed_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_stale (xid, day)
  SELECT DISTINCT pg_current_xact_id(), e.start_date FROM old_rows o JOIN event e ON e.id = o.event_id;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO event_day_count_stale (xid, day)
    SELECT DISTINCT pg_current_xact_id(), e.start_date FROM new_rows o JOIN event e ON e.id = o.event_id;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION event_day_count_changed_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_stale (xid, day)
  SELECT DISTINCT pg_current_xact_id(), e.start_date
  FROM old_rows o JOIN new_rows n ON n.id = o.id AND (o.deleted_at IS NULL) <> (n.deleted_at IS NULL)
  JOIN event_tag et ON et.tag_id = n.id JOIN event e ON e.id = et.event_id;
  RETURN NULL;
END $$;

CREATE FUNCTION event_day_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_stale (xid, day) SELECT DISTINCT pg_current_xact_id(), day FROM event_day_count;
  RETURN NULL;
END $$;

CREATE TRIGGER "event_day_count_insert" AFTER INSERT ON "event" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_new_events();
CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON "event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_events();
CREATE TRIGGER "event_day_count_delete" AFTER DELETE ON "event" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_events();
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['event_actor', 'event_tag'] LOOP
    EXECUTE format('CREATE TRIGGER "event_day_count_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_new_links()', t);
    EXECUTE format('CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links()', t);
    EXECUTE format('CREATE TRIGGER "event_day_count_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links()', t);
  END LOOP;
END $$;
CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON "tag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_tags();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event_actor" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event_tag" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();

-- Folds this transaction's notes into the counts: what its new events add, on days not to
-- be recounted; then the recounts; then the months of those days.
CREATE FUNCTION flush_event_day_counts() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  me xid8 := pg_current_xact_id();
  stale date[];
  stale_months date[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT s.day), '{}') INTO stale FROM event_day_count_stale s WHERE s.xid = me;
  SELECT coalesce(array_agg(DISTINCT date_trunc('month', d::timestamp)::date), '{}') INTO stale_months FROM unnest(stale) d;
  WITH added AS (
    DELETE FROM event_day_count_new x WHERE x.xid = me RETURNING x.event_id),
  counts AS (
    SELECT l.kind, l.day, l.lane, count(*)::int AS n FROM event_day_lane l
    WHERE l.event_id = ANY (ARRAY(SELECT event_id FROM added)) AND NOT (l.day = ANY (stale))
    GROUP BY 1, 2, 3),
  days AS (
    INSERT INTO event_day_count AS t (kind, day, lane, n) SELECT * FROM counts ORDER BY 1, 2, 3
    ON CONFLICT (kind, day, lane) DO UPDATE SET n = t.n + excluded.n)
  INSERT INTO event_month_count AS t (kind, month, lane, n)
  SELECT c.kind, date_trunc('month', c.day::timestamp)::date, c.lane, sum(c.n)::int FROM counts c
  WHERE NOT (date_trunc('month', c.day::timestamp)::date = ANY (stale_months))
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (kind, month, lane) DO UPDATE SET n = t.n + excluded.n;
  IF cardinality(stale) > 0 THEN
    DELETE FROM event_day_count_stale s WHERE s.xid = me;
    DELETE FROM event_day_count c WHERE c.day = ANY (stale);
    INSERT INTO event_day_count (kind, day, lane, n) SELECT * FROM count_event_days(stale);
    DELETE FROM event_month_count c WHERE c.month = ANY (stale_months);
    INSERT INTO event_month_count (kind, month, lane, n)
    SELECT c.kind, m.month, c.lane, sum(c.n)::int
    FROM unnest(stale_months) m(month)
    JOIN event_day_count c ON c.day >= m.month AND c.day < m.month + interval '1 month'
    GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0;
  END IF;
END $$;

-- At commit, under the counter's row lock: one transaction at a time folds its notes in,
-- and sees every earlier transaction's counts.
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET n = n + 1, changed_at = now() WHERE id = 1;
  PERFORM flush_event_day_counts();
  DELETE FROM data_version_pending WHERE xid = NEW.xid;
  RETURN NULL;
END $$;

-- The counts of the events already there.
INSERT INTO event_day_count (kind, day, lane, n)
SELECT kind, day, lane, count(*)::int FROM event_day_lane GROUP BY 1, 2, 3;
INSERT INTO event_month_count (kind, month, lane, n)
SELECT kind, date_trunc('month', day::timestamp)::date, lane, sum(n)::int FROM event_day_count GROUP BY 1, 2, 3;

-- Events that started before a window and reach into it: only multi-day events can. The
-- included columns answer the query from the index alone.
CREATE INDEX "event_reader_spanning_idx" ON "event" ("start_date") INCLUDE ("effective_end", "id", "status")
    WHERE "deleted_at" IS NULL AND "publication" = 'published' AND "effective_end" > "start_date";

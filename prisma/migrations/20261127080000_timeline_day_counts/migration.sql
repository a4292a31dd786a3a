-- Timeline counts: how many published, untrashed events start on each day and in each
-- month, in all, per status, per actor and per tag. A zoomed-out timeline sums a few
-- thousand of these rows instead of joining every event of its window to its actors.
--
-- kind: 'e' every event (lane 0), 's' status (lane = the status's position in its enum),
--       'a' actor (lane = actor id, 0 for events without one),
--       't' tag (lane = tag id, 0 for events without an untrashed tag).
CREATE TABLE "event_day_count" (
    "kind" "char" NOT NULL,
    "day" DATE NOT NULL,
    "lane" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    PRIMARY KEY ("kind", "day", "lane") INCLUDE ("n")
);
-- The same sums per calendar month (month = its first day), for windows of many years.
CREATE TABLE "event_month_count" (
    "kind" "char" NOT NULL,
    "month" DATE NOT NULL,
    "lane" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    PRIMARY KEY ("kind", "month", "lane") INCLUDE ("n")
);

-- Writers never touch the counts directly: statement triggers note what a transaction
-- changed (exact increments for new events and links, "recount" for the days of anything
-- else), and the transaction folds them in at commit, one transaction at a time, under the
-- data_version row lock. So concurrent imports never wait on, or deadlock over, count rows.
-- Unlogged: the notes live only until their transaction commits.
CREATE UNLOGGED TABLE "event_day_count_delta" (
    "xid" xid8 NOT NULL, "kind" "char" NOT NULL, "day" DATE NOT NULL, "lane" INTEGER NOT NULL, "n" INTEGER NOT NULL
);
CREATE INDEX "event_day_count_delta_xid_idx" ON "event_day_count_delta" ("xid");
CREATE UNLOGGED TABLE "event_day_count_stale" ("xid" xid8 NOT NULL, "day" DATE NOT NULL);
CREATE INDEX "event_day_count_stale_xid_idx" ON "event_day_count_stale" ("xid");

-- The counts of the given days, from the events themselves.
CREATE FUNCTION count_event_days(days date[]) RETURNS TABLE ("kind" "char", "day" date, "lane" integer, "n" integer)
LANGUAGE sql STABLE AS $$
  WITH ev AS (
    SELECT e.id, e.start_date, e.status FROM event e
    WHERE e.deleted_at IS NULL AND e.publication = 'published' AND e.start_date = ANY (days))
  SELECT 'e'::"char", start_date, 0, count(*)::int FROM ev GROUP BY 2
  UNION ALL
  SELECT 's'::"char", start_date, array_position(enum_range(NULL::"ClaimStatus"), status), count(*)::int FROM ev GROUP BY 2, 3
  UNION ALL
  SELECT 'a'::"char", ev.start_date, coalesce(ea.actor_id, 0), count(*)::int
  FROM ev LEFT JOIN event_actor ea ON ea.event_id = ev.id GROUP BY 2, 3
  UNION ALL
  SELECT 't'::"char", ev.start_date, coalesce(et.tag_id, 0), count(*)::int
  FROM ev LEFT JOIN (event_tag et JOIN tag t ON t.id = et.tag_id AND t.deleted_at IS NULL) ON et.event_id = ev.id GROUP BY 2, 3
$$;

-- New events: counted in all, in their status, and (having no links yet) in the "none" lanes.
CREATE FUNCTION event_day_count_new_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_delta (xid, kind, day, lane, n)
  SELECT pg_current_xact_id(), k.kind, e.start_date, k.lane, count(*)
  FROM new_rows e
  CROSS JOIN LATERAL (VALUES ('e'::"char", 0), ('s', array_position(enum_range(NULL::"ClaimStatus"), e.status)), ('a', 0), ('t', 0)) k(kind, lane)
  WHERE e.deleted_at IS NULL AND e.publication = 'published'
  GROUP BY 2, 3, 4;
  RETURN NULL;
END $$;

-- New actor links of visible events: a count in the actor's lane, and out of "none" for
-- an event that had no actor before this statement.
CREATE FUNCTION event_day_count_new_actor_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH added AS (
    SELECT l.event_id, l.actor_id AS lane, e.start_date AS day FROM new_rows l JOIN event e ON e.id = l.event_id
    WHERE e.deleted_at IS NULL AND e.publication = 'published'),
  first AS (
    SELECT a.event_id, min(a.day) AS day FROM added a GROUP BY a.event_id
    HAVING count(*) = (SELECT count(*) FROM event_actor x WHERE x.event_id = a.event_id))
  INSERT INTO event_day_count_delta (xid, kind, day, lane, n)
  SELECT pg_current_xact_id(), 'a', day, lane, count(*) FROM added GROUP BY 3, 4
  UNION ALL
  SELECT pg_current_xact_id(), 'a', day, 0, -count(*) FROM first GROUP BY 3;
  RETURN NULL;
END $$;

-- The same for tags; a link to a trashed tag counts as none.
CREATE FUNCTION event_day_count_new_tag_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH added AS (
    SELECT l.event_id, l.tag_id AS lane, e.start_date AS day FROM new_rows l JOIN event e ON e.id = l.event_id
    JOIN tag t ON t.id = l.tag_id AND t.deleted_at IS NULL
    WHERE e.deleted_at IS NULL AND e.publication = 'published'),
  first AS (
    SELECT a.event_id, min(a.day) AS day FROM added a GROUP BY a.event_id
    HAVING count(*) = (SELECT count(*) FROM event_tag x JOIN tag t ON t.id = x.tag_id AND t.deleted_at IS NULL WHERE x.event_id = a.event_id))
  INSERT INTO event_day_count_delta (xid, kind, day, lane, n)
  SELECT pg_current_xact_id(), 't', day, lane, count(*) FROM added GROUP BY 3, 4
  UNION ALL
  SELECT pg_current_xact_id(), 't', day, 0, -count(*) FROM first GROUP BY 3;
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
CREATE TRIGGER "event_day_count_insert" AFTER INSERT ON "event_actor" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_new_actor_links();
CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON "event_actor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links();
CREATE TRIGGER "event_day_count_delete" AFTER DELETE ON "event_actor" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links();
CREATE TRIGGER "event_day_count_insert" AFTER INSERT ON "event_tag" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_new_tag_links();
CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON "event_tag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links();
CREATE TRIGGER "event_day_count_delete" AFTER DELETE ON "event_tag" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_links();
CREATE TRIGGER "event_day_count_update" AFTER UPDATE ON "tag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_changed_tags();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event_actor" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();
CREATE TRIGGER "event_day_count_truncate" AFTER TRUNCATE ON "event_tag" FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_truncated();

-- Folds this transaction's notes into the counts: increments for days not to be recounted,
-- then the recounts, then the months those days fall in.
CREATE FUNCTION flush_event_day_counts() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  me xid8 := pg_current_xact_id();
  stale date[];
  stale_months date[];
BEGIN
  SELECT array_agg(DISTINCT s.day) INTO stale FROM event_day_count_stale s WHERE s.xid = me;
  stale := coalesce(stale, '{}');
  WITH d AS (
    DELETE FROM event_day_count_delta x WHERE x.xid = me RETURNING x.kind, x.day, x.lane, x.n),
  by_day AS (
    SELECT d.kind, d.day, d.lane, sum(d.n)::int AS n FROM d WHERE NOT (d.day = ANY (stale)) GROUP BY 1, 2, 3),
  days AS (
    INSERT INTO event_day_count AS c (kind, day, lane, n) SELECT * FROM by_day ORDER BY 1, 2, 3
    ON CONFLICT (kind, day, lane) DO UPDATE SET n = c.n + excluded.n)
  INSERT INTO event_month_count AS c (kind, month, lane, n)
  SELECT b.kind, date_trunc('month', b.day)::date, b.lane, sum(b.n)::int FROM by_day b
  WHERE NOT (date_trunc('month', b.day)::date = ANY (SELECT date_trunc('month', s)::date FROM unnest(stale) s))
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (kind, month, lane) DO UPDATE SET n = c.n + excluded.n;
  IF cardinality(stale) > 0 THEN
    DELETE FROM event_day_count_stale s WHERE s.xid = me;
    DELETE FROM event_day_count c WHERE c.day = ANY (stale);
    INSERT INTO event_day_count (kind, day, lane, n) SELECT * FROM count_event_days(stale);
    SELECT array_agg(DISTINCT date_trunc('month', s)::date) INTO stale_months FROM unnest(stale) s;
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
SELECT * FROM count_event_days((SELECT coalesce(array_agg(DISTINCT start_date), '{}') FROM event));
INSERT INTO event_month_count (kind, month, lane, n)
SELECT kind, date_trunc('month', day)::date, lane, sum(n)::int FROM event_day_count GROUP BY 1, 2, 3;

-- Events that started before a window and reach into it: only multi-day events can.
CREATE INDEX "event_reader_spanning_idx" ON "event" ("start_date") INCLUDE ("effective_end")
    WHERE "deleted_at" IS NULL AND "publication" = 'published' AND "effective_end" > "start_date";

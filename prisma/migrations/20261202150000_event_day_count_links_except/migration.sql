-- New links of events made earlier: their days are recounted. The links of this
-- transaction's own new events are left out with EXCEPT (a hashed set operation) instead of
-- NOT EXISTS: event_day_count_new only ever holds uncommitted rows, so its statistics say it
-- is empty, and with an estimate of one row the planner chose a nested-loop anti-join that
-- compared every new link with every new event (10,000 × 5,000 per imported file: 6 s per
-- statement once autovacuum had analyzed the table, a third of a million events into the
-- bench load).
CREATE OR REPLACE FUNCTION event_day_count_new_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_day_count_stale (xid, day)
  SELECT DISTINCT pg_current_xact_id(), e.start_date
  FROM (SELECT l.event_id FROM new_rows l
        EXCEPT
        SELECT x.event_id FROM event_day_count_new x WHERE x.xid = pg_current_xact_id()) l
  JOIN event e ON e.id = l.event_id;
  RETURN NULL;
END $$;

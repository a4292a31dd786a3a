-- Issue #17: one source per URL, duplicate hints, event merges, read-only API tokens.

-- AlterEnum
ALTER TYPE "RevisionAction" ADD VALUE 'merge';

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "merged_into_id" INTEGER;

-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "read_only" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A source URL's identity, the one definition (the app asks Postgres rather than keeping a
-- second copy in TypeScript): scheme and host lower-cased, the default port, a trailing
-- slash, the fragment and tracking parameters (utm_*, fbclid, gclid) dropped; the path and
-- the other parameters kept as written, in their order. Text that is not an absolute
-- http(s)-style URL is only trimmed.
CREATE FUNCTION source_url_key(url text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  m text[];
  scheme text;
  authority text;
  userinfo text := '';
  host text;
  path text;
  kept text[] := '{}';
  param text;
BEGIN
  m := regexp_match(btrim(url), '^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$');
  IF m IS NULL THEN
    RETURN btrim(url);
  END IF;
  scheme := lower(m[1]);
  authority := m[2];
  IF position('@' IN authority) > 0 THEN
    userinfo := substring(authority FROM '^(.*@)');
    authority := substring(authority FROM '^.*@(.*)$');
  END IF;
  host := lower(authority);
  IF scheme = 'http' THEN
    host := regexp_replace(host, ':80$', '');
  ELSIF scheme = 'https' THEN
    host := regexp_replace(host, ':443$', '');
  END IF;
  host := regexp_replace(host, '\.$', '');
  path := regexp_replace(m[3], '/+$', '');
  IF m[4] IS NOT NULL THEN
    FOREACH param IN ARRAY string_to_array(m[4], '&') LOOP
      CONTINUE WHEN param = '';
      CONTINUE WHEN lower(split_part(param, '=', 1)) ~ '^(utm_.*|fbclid|gclid)$';
      kept := kept || param;
    END LOOP;
  END IF;
  RETURN scheme || '://' || userinfo || host || path ||
    CASE WHEN cardinality(kept) > 0 THEN '?' || array_to_string(kept, '&') ELSE '' END;
END
$$;

-- AlterTable
ALTER TABLE "source" ADD COLUMN "url_key" TEXT GENERATED ALWAYS AS (source_url_key("url")) STORED;

-- Existing copies of one URL are folded into the oldest live one before the index: its
-- citations (events, quotes, relations, status changes, trade figures) move over, and the
-- copies go to the trash (kept, with their history, never deleted). A trade figure that the
-- survivor already backs under the same key stays on its copy, in the trash with it.
CREATE TEMP TABLE source_copy ON COMMIT DROP AS
  SELECT s.id AS copy_id, k.keep_id
  FROM source s
  JOIN (SELECT url_key, min(id) AS keep_id FROM source
        WHERE url_key IS NOT NULL AND deleted_at IS NULL GROUP BY url_key) k
    ON k.url_key = s.url_key
  WHERE s.deleted_at IS NULL AND s.id <> k.keep_id;

INSERT INTO event_source (event_id, source_id, credibility)
  SELECT es.event_id, c.keep_id, es.credibility FROM event_source es JOIN source_copy c ON c.copy_id = es.source_id
  ON CONFLICT DO NOTHING;
DELETE FROM event_source es USING source_copy c WHERE c.copy_id = es.source_id;

INSERT INTO quote_source (quote_id, source_id)
  SELECT qs.quote_id, c.keep_id FROM quote_source qs JOIN source_copy c ON c.copy_id = qs.source_id
  ON CONFLICT DO NOTHING;
DELETE FROM quote_source qs USING source_copy c WHERE c.copy_id = qs.source_id;

INSERT INTO relation_source (relation_id, source_id)
  SELECT rs.relation_id, c.keep_id FROM relation_source rs JOIN source_copy c ON c.copy_id = rs.source_id
  ON CONFLICT DO NOTHING;
DELETE FROM relation_source rs USING source_copy c WHERE c.copy_id = rs.source_id;

UPDATE status_change sc SET source_id = c.keep_id FROM source_copy c WHERE c.copy_id = sc.source_id;

UPDATE trade_observation t SET source_id = c.keep_id
  FROM source_copy c
  WHERE c.copy_id = t.source_id
    AND NOT EXISTS (SELECT 1 FROM trade_observation o
                    WHERE o.source_id = c.keep_id AND o.reporter_id = t.reporter_id
                      AND o.partner_id = t.partner_id AND o.period = t.period AND o.flow = t.flow);
UPDATE trade_observation t SET deleted_at = now(), version = t.version + 1
  FROM source_copy c WHERE c.copy_id = t.source_id AND t.deleted_at IS NULL;

UPDATE source s SET deleted_at = now(), version = s.version + 1
  FROM source_copy c WHERE c.copy_id = s.id;

-- CreateIndex: one live source per URL (a trashed copy is refused a restore while another holds it).
CREATE UNIQUE INDEX "source_url_key_live" ON "source" ("url_key") WHERE "deleted_at" IS NULL;

-- Duplicate hints compare titles by trigram similarity (lib/db/events/duplicates.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "event_title_trgm" ON "event" USING gin ("title" gin_trgm_ops) WHERE "deleted_at" IS NULL;

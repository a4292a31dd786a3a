import 'server-only';
import type { EventInput } from '../../schemas/event.ts';
import type { EventRow } from './reads.ts';
import { inTrash } from '../versioned/links.ts';
import { needsRegrade, regradeSource, urlKeysOf } from '../sources/writes.ts';
import { snapshotSource, snapshotSources } from '../sources/spec.ts';
import { snapshotTags } from '../tags/spec.ts';
import { recordCreations, type Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';

// What an import's new events cite, found or created in sets: tags and sources, each new one
// with its first revision, a trashed one refused as in the editor.

/** Tag ids by slug, new ones created (with revisions); a trashed tag is refused, as in the editor. */
export async function resolveTags(
  tx: Tx,
  inputs: EventInput[],
  userId: number | null,
): Promise<Map<string, number>> {
  const slugs = [...new Set(inputs.flatMap((i) => i.tags))];
  const existing = await tx.tag.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, deletedAt: true },
  });
  const trashed = existing.find((t) => t.deletedAt);
  if (trashed) throw inTrash('tags', 'tag', trashed.slug);
  // Sorted, so two imports creating the same tags lock them in one order; a tag another
  // import committed meanwhile is skipped here and read back below.
  const missing = slugs.filter((s) => !existing.some((t) => t.slug === s)).sort();
  const created = missing.length
    ? await tx.$queryRaw<{ id: number; slug: string }[]>`
        INSERT INTO tag (slug, name, updated_at)
        SELECT s, replace(s, '-', ' '), now() FROM unnest(${missing}::text[]) WITH ORDINALITY AS x(s, n)
        ORDER BY n
        ON CONFLICT (slug) DO NOTHING
        RETURNING id, slug`
    : [];
  const raced = missing.filter((s) => !created.some((t) => t.slug === s));
  if (raced.length)
    existing.push(
      ...(await tx.tag.findMany({
        where: { slug: { in: raced } },
        select: { id: true, slug: true, deletedAt: true },
      })),
    );
  const snapshots = await snapshotTags(
    tx,
    created.map((t) => t.id),
  );
  await recordCreations(
    tx,
    'tag',
    created.map((t, i) => ({ id: t.id, snapshot: snapshots[i] })),
    userId,
  );
  return new Map([...existing, ...created].map((t) => [t.slug, t.id]));
}

type Cited = { url: string | null; publisher: string; title: string };
export type SourceRow = EventRow['sources'][number]['source'];

/** Which source each citation names (by URL, its normalised key, else by publisher and title), and its row. */
export interface Sources {
  of(s: Cited): number;
  ofUrl(url: string): number | undefined;
  /** The full row of every cited source, as it is after this import's regrades. */
  rows: Map<number, SourceRow>;
}

/**
 * Ids of the inputs' sources, found by URL (normalised: `https://X.org/a/?utm_source=y` is
 * `https://x.org/a`) or by publisher and title, or created (with revisions). A URL another
 * import is writing at the same moment is waited for and linked (ON CONFLICT on the unique
 * key), so two imports citing one new URL end with one source.
 */
export async function resolveSources(
  tx: Tx,
  inputs: EventInput[],
  userId: number | null,
): Promise<Sources> {
  const urls = [
    ...new Set(inputs.flatMap((i) => [...i.sources.map((s) => s.url), i.statusSourceUrl])),
  ].filter((u): u is string => !!u);
  const urlKeys = await urlKeysOf(tx, urls);
  const keyOf = (s: Cited) =>
    s.url ? `u:${urlKeys.get(s.url)}` : `p:${s.publisher}\u0000${s.title}`;
  const wanted = new Map<string, EventInput['sources'][number]>();
  for (const i of inputs)
    for (const s of i.sources) if (!wanted.has(keyOf(s))) wanted.set(keyOf(s), s);
  const ids = new Map<string, number>();
  const result: Sources = {
    of: (s) => ids.get(keyOf(s))!,
    ofUrl: (url) => ids.get(`u:${urlKeys.get(url)}`),
    rows: new Map(),
  };
  if (!wanted.size) return result;
  const all = [...wanted.values()];
  const keys = [...new Set(urlKeys.values())];
  // Full rows: the snapshots of the events citing them show them.
  const existing = keys.length
    ? await tx.source.findMany({ where: { urlKey: { in: keys }, ...LIVE } })
    : [];
  for (const e of existing) {
    ids.set(`u:${e.urlKey}`, e.id);
    result.rows.set(e.id, e);
  }
  for (const s of all.filter((s) => !s.url)) {
    const found = await tx.source.findFirst({
      where: { publisher: s.publisher, title: s.title, url: null, ...LIVE },
    });
    if (found) {
      ids.set(keyOf(s), found.id);
      result.rows.set(found.id, found);
    }
  }
  // As in the editor: a new grade or date for a known source is saved through the source's
  // own write (with its revision). Rare in an import, so one at a time.
  const changed: number[] = [];
  for (const [key, id] of ids) {
    const s = wanted.get(key);
    if (s && needsRegrade(result.rows.get(id)!, s)) {
      await regradeSource(tx, await snapshotSource(tx, id), s, userId);
      changed.push(id);
    }
  }
  // In URL-key order: two imports inserting the same new URLs then take their locks in the
  // same order (in file order, two files citing A, B and B, A deadlocked).
  const orderKey = (s: Cited) => (s.url ? urlKeys.get(s.url)! : '');
  const missing = all
    .filter((s) => !ids.has(keyOf(s)))
    .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  // As in the editor: a second copy of a trashed source would split its history.
  const unlinked = missing.filter((s) => !s.url);
  const [trashed] = missing.length
    ? await tx.$queryRaw<{ title: string }[]>`
        SELECT title FROM source WHERE deleted_at IS NOT NULL
          AND (url_key = ANY (${missing.flatMap((s) => (s.url ? [urlKeys.get(s.url)!] : []))}::text[])
               OR (url IS NULL AND (publisher, title) IN (SELECT * FROM unnest(${unlinked.map((s) => s.publisher)}::text[], ${unlinked.map((s) => s.title)}::text[]))))
          AND NOT EXISTS (SELECT 1 FROM source l WHERE l.url_key = source.url_key AND l.deleted_at IS NULL)
        LIMIT 1`
    : [];
  if (trashed) throw inTrash('sources', 'source', trashed.title);
  if (missing.length) {
    // A URL committed by a concurrent import meanwhile is skipped here and read back below.
    const created = await tx.$queryRaw<(Cited & { id: number })[]>`
      INSERT INTO source (publisher, title, url, published_at, reliability, updated_at)
      SELECT p, t, u, pa, r::"Reliability", now()
      FROM unnest(${missing.map((s) => s.publisher)}::text[], ${missing.map((s) => s.title)}::text[], ${missing.map((s) => s.url)}::text[],
                  ${missing.map((s) => s.publishedAt)}::text[], ${missing.map((s) => s.reliability)}::text[]) WITH ORDINALITY AS x(p, t, u, pa, r, n)
      ORDER BY n
      ON CONFLICT (url_key) WHERE deleted_at IS NULL DO NOTHING
      RETURNING id, url, publisher, title`;
    for (const c of created) ids.set(keyOf(c), c.id);
    const raced = missing.filter((s) => !ids.has(keyOf(s)));
    if (raced.length)
      for (const r of await tx.source.findMany({
        where: { urlKey: { in: raced.map((s) => urlKeys.get(s.url!)!) }, ...LIVE },
        select: { id: true, urlKey: true },
      }))
        ids.set(`u:${r.urlKey}`, r.id);
    const snapshots = await snapshotSources(
      tx,
      created.map((c) => c.id),
    );
    await recordCreations(
      tx,
      'source',
      snapshots.map((snapshot) => ({ id: snapshot.id, snapshot })),
      userId,
    );
  }
  const unread = [...new Set(ids.values())].filter((id) => !result.rows.has(id));
  const reread = [...changed, ...unread];
  if (reread.length)
    for (const row of await tx.source.findMany({ where: { id: { in: reread } } }))
      result.rows.set(row.id, row);
  return result;
}

import 'server-only';
import { InvalidInput } from '../http/errors.ts';
import type { EventInput } from '../schemas/event.ts';
import { eventColumns } from './event-content.ts';
import { ReviewRequired } from './event-writes.ts';
import { eventDetailInclude, toEventDto } from './events.ts';
import type { Tx } from './revisions.ts';
import { isReviewRequired } from './settings.ts';

// The import's path for new events: the same rows as createEvent (event, actors, tags,
// sources, quotes, first status entry, revision), written with one set-based statement
// per table instead of a dozen statements per event, so a 5,000-row file applies in
// about a second. Runs inside the caller's transaction; the caller has already checked
// each row (schema, known actors, free slugs).

const sourceKey = (s: { url: string | null; publisher: string; title: string }) => s.url ?? `${s.publisher}\u0000${s.title}`;

/** Ids of the inputs' sources, found by URL (or publisher and title) or created. */
async function resolveSources(tx: Tx, inputs: EventInput[]): Promise<Map<string, number>> {
  const wanted = new Map<string, EventInput['sources'][number]>();
  for (const i of inputs) for (const s of i.sources) if (!wanted.has(sourceKey(s))) wanted.set(sourceKey(s), s);
  const ids = new Map<string, number>();
  if (!wanted.size) return ids;
  const all = [...wanted.values()];
  const byUrl = all.filter((s) => s.url);
  const existing = byUrl.length
    ? await tx.source.findMany({ where: { url: { in: byUrl.map((s) => s.url!) }, deletedAt: null }, select: { id: true, url: true, reliability: true, publishedAt: true }, orderBy: { id: 'asc' } })
    : [];
  for (const e of existing) {
    if (ids.has(e.url!)) continue;
    ids.set(e.url!, e.id);
    // As createEvent does: the latest grading of a shared source wins.
    const s = wanted.get(e.url!)!;
    if (e.reliability !== s.reliability || (s.publishedAt && e.publishedAt !== s.publishedAt)) {
      await tx.source.update({ where: { id: e.id }, data: { reliability: s.reliability, publishedAt: s.publishedAt ?? e.publishedAt, version: { increment: 1 } } });
    }
  }
  for (const s of all.filter((s) => !s.url)) {
    const found = await tx.source.findFirst({ where: { publisher: s.publisher, title: s.title, url: null, deletedAt: null }, select: { id: true } });
    if (found) ids.set(sourceKey(s), found.id);
  }
  const missing = all.filter((s) => !ids.has(sourceKey(s)));
  if (missing.length) {
    const created = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO source (publisher, title, url, published_at, reliability, updated_at)
      SELECT p, t, u, pa, r::"Reliability", now()
      FROM unnest(${missing.map((s) => s.publisher)}::text[], ${missing.map((s) => s.title)}::text[], ${missing.map((s) => s.url)}::text[],
                  ${missing.map((s) => s.publishedAt)}::text[], ${missing.map((s) => s.reliability)}::text[]) WITH ORDINALITY AS x(p, t, u, pa, r, n)
      ORDER BY n RETURNING id`;
    missing.forEach((s, i) => ids.set(sourceKey(s), created[i].id));
  }
  return ids;
}

export async function createEventsInBulk(tx: Tx, inputs: EventInput[], userId: number | null): Promise<void> {
  if (!inputs.length) return;
  if (inputs.some((i) => i.publication === 'published') && (await isReviewRequired(tx))) throw new ReviewRequired();
  const taken = await tx.event.findMany({ where: { slug: { in: inputs.map((i) => i.slug) } }, select: { slug: true } });
  if (taken.length) throw new InvalidInput({ slug: `An event with this slug already exists: ${taken[0].slug}` });

  const codes = [...new Set(inputs.flatMap((i) => i.actors.map((a) => a.code)))];
  const actors = new Map((await tx.actor.findMany({ where: { code: { in: codes }, deletedAt: null }, select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const unknown = codes.find((c) => !actors.has(c));
  if (unknown) throw new InvalidInput({ actors: `Unknown actor code "${unknown}"` });

  const slugs = [...new Set(inputs.flatMap((i) => i.tags))];
  const tags = new Map(
    (
      await tx.$queryRaw<{ id: number; slug: string }[]>`
        INSERT INTO tag (slug, name) SELECT s, replace(s, '-', ' ') FROM unnest(${slugs}::text[]) s
        ON CONFLICT (slug) DO UPDATE SET deleted_at = NULL RETURNING id, slug`
    ).map((t) => [t.slug, t.id]),
  );
  const sources = await resolveSources(tx, inputs);

  const cols = inputs.map(eventColumns);
  const pick = <K extends keyof (typeof cols)[number]>(k: K) => cols.map((c) => c[k]);
  const created = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO event (slug, title, summary, start_date, end_date, date_precision, status, publication, location_name, lat, lon,
                       importance, confidence, notes, created_by_id, updated_by_id, updated_at)
    SELECT slug, title, summary, sd, ed, dp::"DatePrecision", st::"ClaimStatus", pu::"Publication", ln, lat, lon,
           imp, co::"Confidence", notes, ${userId}::int, ${userId}::int, now()
    FROM unnest(${pick('slug')}::text[], ${pick('title')}::text[], ${pick('summary')}::text[], ${pick('startDate')}::date[], ${pick('endDate')}::date[],
                ${pick('datePrecision')}::text[], ${pick('status')}::text[], ${pick('publication')}::text[], ${pick('locationName')}::text[],
                ${pick('lat')}::float8[], ${pick('lon')}::float8[], ${pick('importance')}::int[], ${pick('confidence')}::text[], ${pick('notes')}::text[])
      WITH ORDINALITY AS x(slug, title, summary, sd, ed, dp, st, pu, ln, lat, lon, imp, co, notes, n)
    ORDER BY n RETURNING id`;
  const ids = created.map((r) => r.id);

  const link = { ea: [[], [], []] as unknown[][], et: [[], []] as number[][], es: [[], [], []] as number[][], sc: [[], [], [], []] as unknown[][] };
  const quotes: { eventId: number; q: EventInput['quotes'][number] }[] = [];
  inputs.forEach((input, i) => {
    const eventId = ids[i];
    for (const a of input.actors) link.ea.forEach((col, k) => col.push([eventId, actors.get(a.code)!, a.role][k]));
    for (const t of new Set(input.tags)) link.et.forEach((col, k) => col.push([eventId, tags.get(t)!][k]));
    const linked = new Set<number>();
    for (const s of input.sources) {
      const sourceId = sources.get(sourceKey(s))!;
      if (linked.has(sourceId)) continue;
      linked.add(sourceId);
      link.es.forEach((col, k) => col.push([eventId, sourceId, s.credibility][k]));
    }
    const statusSource = input.statusSourceUrl ? sources.get(input.statusSourceUrl) : null;
    if (input.statusSourceUrl && !input.sources.some((s) => s.url === input.statusSourceUrl)) {
      throw new InvalidInput({ statusSourceUrl: `${input.slug}: cite one of this event’s sources (by its URL)` });
    }
    link.sc.forEach((col, k) => col.push([eventId, input.status, input.statusReason ?? 'First recorded', statusSource ?? null][k]));
    for (const q of input.quotes) quotes.push({ eventId, q });
  });
  await tx.$executeRaw`INSERT INTO event_actor (event_id, actor_id, role) SELECT * FROM unnest(${link.ea[0]}::int[], ${link.ea[1]}::int[], ${link.ea[2]}::text[])`;
  await tx.$executeRaw`INSERT INTO event_tag (event_id, tag_id) SELECT * FROM unnest(${link.et[0]}::int[], ${link.et[1]}::int[])`;
  await tx.$executeRaw`INSERT INTO event_source (event_id, source_id, credibility) SELECT * FROM unnest(${link.es[0]}::int[], ${link.es[1]}::int[], ${link.es[2]}::int[])`;
  await tx.$executeRaw`
    INSERT INTO status_change (event_id, to_status, reason, source_id, changed_by_id)
    SELECT e, s::"ClaimStatus", r, src, ${userId}::int FROM unnest(${link.sc[0]}::int[], ${link.sc[1]}::text[], ${link.sc[2]}::text[], ${link.sc[3]}::int[]) AS x(e, s, r, src)`;
  if (quotes.length) {
    const col = <K extends keyof EventInput['quotes'][number]>(k: K) => quotes.map(({ q }) => q[k]);
    await tx.$executeRaw`
      INSERT INTO quote (event_id, speaker, role, text, language, translation, date, venue, updated_at)
      SELECT *, now() FROM unnest(${quotes.map((x) => x.eventId)}::int[], ${col('speaker')}::text[], ${col('role')}::text[], ${col('text')}::text[],
                                  ${col('language')}::text[], ${col('translation')}::text[], ${col('date')}::text[], ${col('venue')}::text[])`;
  }

  // Each new event's first revision holds its full snapshot, as createEvent writes it.
  const rows = await tx.event.findMany({ where: { id: { in: ids } }, include: eventDetailInclude });
  // One JSON array parameter: far cheaper to send and parse than a jsonb[] literal.
  const snapshots = JSON.stringify(rows.map((r) => ({ id: r.id, snapshot: toEventDto(r) })));
  await tx.$executeRaw`
    INSERT INTO revision (entity_type, entity_id, version, action, snapshot, author_id)
    SELECT 'event', (x->>'id')::int, 1, 'create', x->'snapshot', ${userId}::int FROM jsonb_array_elements(${snapshots}::jsonb) x`;
}

import 'server-only';
import { parsePartialDate, periodEnd } from '../../dates.ts';
import { collectSources, gradeOf, parseTradeSource, type SeedDataset } from '../../seed/dataset.ts';
import { snapshotEstimates } from '../estimates/spec.ts';
import type { Db } from './client.ts';
import { snapshotEvent } from '../events/reads.ts';
import { recordRevision, type RevisionEntity, type Tx } from './revisions.ts';
import { readSeedEras, type SeedEra } from '../../seed/eras.ts';
import { readSeedKorean, type SeedKorean } from '../../seed/korean.ts';
import { readSeedEventLinks, type SeedEventLink } from '../../seed/event-links.ts';
import { snapshotEventLinks } from '../event-links/spec.ts';
import { snapshotEras } from '../eras/spec.ts';

/** The first revision of a record the seed made (authored by no one). */
function recordSeeded(tx: Tx, entityType: RevisionEntity, entityId: number, snapshot: unknown) {
  return recordRevision(tx, {
    entityType,
    entityId,
    version: 1,
    action: 'create',
    snapshot,
    authorId: null,
  });
}

export interface SeedResult {
  created: {
    actors: number;
    tags: number;
    sources: number;
    events: number;
    quotes: number;
    trade: number;
    relations: number;
    estimates: number;
  };
  summary: string;
}

/**
 * Records which version of the seed files was loaded: a start seeds only when the files
 * changed since (and then adds only what is missing), so editors' work is left alone.
 */
const SEED_SETTING = 'seed.loaded';

/**
 * Loads the cited seed dataset. Idempotent: records are matched by their stable keys
 * (actor code, tag, source key, event slug, quote key, trade natural key) and only
 * missing ones are created, so a second run adds nothing and never overwrites edits.
 * All or nothing: one transaction.
 */
export async function seedDatabase(
  db: Db,
  data: SeedDataset,
  fingerprint = 'unknown',
): Promise<SeedResult> {
  const created = await db.$transaction(
    async (tx) => {
      const counts = await seedInTransaction(tx, data);
      const value = { fingerprint, loadedAt: new Date().toISOString() };
      await tx.setting.upsert({
        where: { key: SEED_SETTING },
        create: { key: SEED_SETTING, value },
        update: { value },
      });
      return counts;
    },
    { timeout: 120_000 },
  );
  const parts = Object.entries(created).map(([k, n]) => `${n} ${k}`);
  const total = Object.values(created).reduce((a, b) => a + b, 0);
  return {
    created,
    summary: total
      ? `Seed loaded: ${parts.join(', ')}.`
      : 'Seed data already present; nothing added.',
  };
}

async function seedInTransaction(tx: Tx, data: SeedDataset): Promise<SeedResult['created']> {
  const korean = readSeedKorean(data);
  const actors = await tx.actor.createMany({
    data: data.actors.map((a) => ({
      code: a.code,
      name: a.name,
      nameKo: korean.actorNames.get(a.code) ?? null,
      kind: a.kind,
      color: data.colors[a.code] ?? null,
      affiliation: a.affiliation ?? a.role ?? null,
      notes: a.notes ?? null,
    })),
    skipDuplicates: true,
  });
  const tagSlugs = [...new Set(data.events.flatMap((e) => e.tags))];
  const tags = await tx.tag.createMany({
    data: tagSlugs.map((slug) => ({
      slug,
      name: slug[0].toUpperCase() + slug.slice(1),
      nameKo: korean.tagNames.get(slug) ?? null,
    })),
    skipDuplicates: true,
  });
  const tradeSources = data.trade.map((t) => parseTradeSource(t.source, t.source_url));
  const sources = await tx.source.createMany({
    data: [
      ...collectSources(data).map((s) => ({
        key: s.key,
        publisher: s.publication,
        title: s.title,
        titleIsDescriptive: s.titleIsDescriptive,
        url: s.url,
        publishedAt: s.date,
        ...gradeOf(data.grades, { key: s.key, publisher: s.publication }),
      })),
      ...tradeSources.map(({ compiler: _compiler, ...s }) => ({
        ...s,
        ...gradeOf(data.grades, s),
      })),
    ],
    skipDuplicates: true,
  });

  const actorIds = new Map(
    (await tx.actor.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const tagIds = new Map(
    (await tx.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]),
  );
  const sourceIds = await seedSourceIds(tx, [
    ...collectSources(data),
    ...tradeSources.map((s) => ({ key: s.key, url: s.url })),
  ]);

  const existingSlugs = new Set(
    (await tx.event.findMany({ select: { slug: true } })).map((e) => e.slug),
  );
  const createdEvents: number[] = [];
  for (const e of data.events) {
    if (existingSlugs.has(e.id)) continue;
    const start = parsePartialDate(e.date)!;
    const created = await tx.event.create({
      data: {
        slug: e.id,
        title: e.title,
        titleKo: korean.eventTitles.get(e.id) ?? null,
        summary: e.summary,
        summaryKo: korean.eventSummaries.get(e.id) ?? null,
        startDate: start.date,
        endDate: e.endDate ? parsePartialDate(e.endDate)!.date : null,
        datePrecision: e.datePrecision,
        status: e.status,
        publication: 'published',
        confidence: e.confidence,
        notes: e.notes,
        actors: {
          create: [
            ...e.actors.map((code) => ({ actorId: actorIds.get(code)!, role: 'participant' })),
            ...e.people.map((code) => ({ actorId: actorIds.get(code)!, role: 'individual' })),
          ],
        },
        tags: { create: e.tags.map((slug) => ({ tagId: tagIds.get(slug)! })) },
        sources: {
          create: e.sources.map((s) => ({
            sourceId: sourceIds.get(s.key)!,
            isPrimary: data.grades.primary[e.id] === s.key,
          })),
        },
        statusChanges: { create: seedStatusChanges(data, e, sourceIds) },
      },
      select: { id: true },
    });
    createdEvents.push(created.id);
  }

  const eventIds = new Map(
    (await tx.event.findMany({ select: { id: true, slug: true } })).map((e) => [e.slug, e.id]),
  );
  const existingQuotes = new Set(
    (await tx.quote.findMany({ where: { key: { not: null } }, select: { key: true } })).map(
      (q) => q.key,
    ),
  );
  let quotes = 0;
  for (const q of data.quotes) {
    if (existingQuotes.has(q.id)) continue;
    await tx.quote.create({
      data: {
        key: q.id,
        speaker: q.speaker,
        speakerActorId: q.speakerCode ? (actorIds.get(q.speakerCode) ?? null) : null,
        role: q.role,
        text: q.text,
        isFragment: q.fragment,
        date: q.date,
        venue: q.venue,
        quotedVia: q.quotedVia,
        isVerified: q.verifiedAgainstOriginal,
        confidence: q.confidence,
        notes: q.notes,
        eventId: q.eventSlug ? (eventIds.get(q.eventSlug) ?? null) : null,
        sources: { create: q.sources.map((s) => ({ sourceId: sourceIds.get(s.key)! })) },
      },
    });
    quotes++;
  }
  // Each new event's first revision, written once its quotes exist (a revert to it keeps them).
  for (const id of createdEvents) await recordSeeded(tx, 'event', id, await snapshotEvent(tx, id));

  const titleOf = new Map(
    (
      await tx.source.findMany({
        where: { id: { in: [...new Set(sourceIds.values())] } },
        select: { id: true, title: true },
      })
    ).map((s) => [s.id, s.title]),
  );
  const trade = await tx.tradeObservation.createMany({
    data: data.trade.map((t, i) => ({
      reporterId: actorIds.get(t.partner_a)!,
      partnerId: actorIds.get(t.partner_b)!,
      year: t.year,
      month: t.month === '' ? null : t.month,
      period: t.month === '' ? String(t.year) : `${t.year}-${String(t.month).padStart(2, '0')}`,
      flow: t.flow,
      valueUsd: t.value_usd,
      compiler: tradeSources[i].compiler,
      sourceId: sourceIds.get(tradeSources[i].key)!,
      confidence: t.confidence,
      // Figures citing one URL share its source, titled by the first citation; each
      // figure's own citation text, when it differs, is kept here so none is lost.
      notes:
        titleOf.get(sourceIds.get(tradeSources[i].key)!) === tradeSources[i].title
          ? null
          : `Cited as: ${tradeSources[i].title}`,
    })),
    skipDuplicates: true,
  });

  const relations = await seedRelations(tx, data, actorIds, eventIds, sourceIds);
  const estimates = await seedEstimates(tx, data, actorIds, eventIds, sourceIds, korean);
  await backfillClaims(tx, data, sourceIds);
  await seedEras(tx, readSeedEras(data), sourceIds, korean);
  await fillMissingKorean(tx, data, korean);
  await seedEventLinks(tx, readSeedEventLinks(data), eventIds, sourceIds);
  return {
    actors: actors.count,
    tags: tags.count,
    sources: sources.count,
    events: createdEvents.length,
    quotes,
    trade: trade.count,
    relations,
    estimates,
  };
}

/**
 * The source id of each seed key. A URL is one source (the live one holding it, unique by
 * its normalised key): a seed source whose URL another already holds was skipped by
 * createMany and cites that one.
 */
async function seedSourceIds(
  tx: Tx,
  cited: { key: string; url: string | null }[],
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ key: string; id: number | null }[]>`
    SELECT c.key,
           coalesce(CASE WHEN by_key.deleted_at IS NULL THEN by_key.id END, by_url.id, by_key.id) AS id
    FROM unnest(${cited.map((c) => c.key)}::text[], ${cited.map((c) => c.url)}::text[]) AS c(key, url)
    LEFT JOIN source by_key ON by_key.key = c.key
    LEFT JOIN source by_url ON by_url.url_key = source_url_key(c.url) AND by_url.deleted_at IS NULL`;
  return new Map(rows.filter((r) => r.id !== null).map((r) => [r.key, r.id!]));
}

type SeedEvent = SeedDataset['events'][number];

/** The day an event became public in the seed: its first source's date (the period's last day when coarse). */
function firstPublished(e: SeedEvent): Date | null {
  const ends = e.sources.flatMap((s) => {
    const d = s.date ? parsePartialDate(s.date) : null;
    return d ? [periodEnd(d.date, d.precision)] : [];
  });
  return ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
}

/**
 * The event's status history: the dated changes of status-history.json, each with its
 * source; else its seed status in effect from the publication of its first source.
 */
function seedStatusChanges(data: SeedDataset, e: SeedEvent, sourceIds: Map<string, number>) {
  const history = data.statusHistories[e.id];
  if (!history)
    return [
      {
        fromStatus: null,
        toStatus: e.status,
        effectiveDate: firstPublished(e),
        reason: 'Recorded from the seed dataset.',
      },
    ];
  return history.map((c, i) => ({
    fromStatus: i ? history[i - 1].to : null,
    toStatus: c.to,
    effectiveDate: new Date(`${c.effectiveDate}T00:00:00Z`),
    reason: c.reason,
    sourceId: sourceIds.get(c.source)!,
  }));
}

async function seedEstimates(
  tx: Tx,
  data: SeedDataset,
  actorIds: Map<string, number>,
  eventIds: Map<string, number>,
  sourceIds: Map<string, number>,
  korean: SeedKorean,
) {
  const existing = new Set(
    (await tx.estimate.findMany({ where: { key: { not: null } }, select: { key: true } })).map(
      (e) => e.key,
    ),
  );
  let created = 0;
  for (const e of data.estimates) {
    if (existing.has(e.key)) continue;
    const row = await tx.estimate.create({
      data: {
        key: e.key,
        quantity: e.quantity,
        quantityKo: korean.quantities.get(e.quantity) ?? null,
        low: e.low,
        best: e.best,
        high: e.high,
        unit: e.unit,
        refersTo: e.refersTo,
        claimantId: actorIds.get(e.claimant)!,
        sourceId: sourceIds.get(e.source)!,
        eventId: eventIds.get(e.event) ?? null,
        notes: e.notes,
      },
      select: { id: true },
    });
    const [snapshot] = await snapshotEstimates(tx, [row.id]);
    await recordSeeded(tx, 'estimate', row.id, snapshot);
    created++;
  }
  return created;
}

/**
 * A database seeded before grades, primary sources and dated status changes existed gets
 * them too, where nobody has touched the record since: an ungraded seed source (F, no
 * reason), an event with no primary source, a seed status entry without a date.
 */
async function backfillClaims(tx: Tx, data: SeedDataset, sourceIds: Map<string, number>) {
  const ungraded = await tx.source.findMany({
    // F with no reason: the default of a database seeded before grades could be left empty.
    where: {
      key: { not: null },
      OR: [{ reliability: 'F' }, { reliability: null }],
      gradeReason: null,
    },
    select: { id: true, key: true, publisher: true },
  });
  for (const s of ungraded)
    await tx.source.update({
      where: { id: s.id },
      data: gradeOf(data.grades, { key: s.key!, publisher: s.publisher }),
    });
  for (const [slug, key] of Object.entries(data.grades.primary)) {
    const sourceId = sourceIds.get(key);
    const event = await tx.event.findUnique({ where: { slug }, select: { id: true } });
    if (!sourceId || !event) continue;
    if (await tx.eventSource.count({ where: { eventId: event.id, isPrimary: true } })) continue;
    await tx.eventSource.updateMany({
      where: { eventId: event.id, sourceId },
      data: { isPrimary: true },
    });
  }
  for (const e of data.events) {
    const effectiveDate = firstPublished(e);
    if (!effectiveDate || data.statusHistories[e.id]) continue;
    await tx.statusChange.updateMany({
      where: {
        event: { slug: e.id },
        fromStatus: null,
        reason: 'Recorded from the seed dataset.',
        effectiveDate: null,
      },
      data: { effectiveDate },
    });
  }
}

async function seedRelations(
  tx: Tx,
  data: SeedDataset,
  actorIds: Map<string, number>,
  eventIds: Map<string, number>,
  sourceIds: Map<string, number>,
) {
  const existing = new Set(
    (await tx.relation.findMany({ where: { key: { not: null } }, select: { key: true } })).map(
      (r) => r.key,
    ),
  );
  let created = 0;
  const treaty = data.treaty;
  if (treaty?.sources.length)
    await tx.source.createMany({
      data: treaty.sources.map((s) => ({ ...s, titleIsDescriptive: false })),
      skipDuplicates: true,
    });
  for (const r of data.relations) {
    if (existing.has(r.key)) continue;
    // The treaty's obligations, with the reports they come from among its sources.
    const obligations = treaty?.relation === r.key ? treaty.obligations : [];
    const extraSources = obligations.length
      ? (
          await tx.source.findMany({
            where: { url: { in: obligations.map((o) => o.sourceUrl) } },
            select: { id: true },
          })
        ).map((s) => s.id)
      : [];
    const relation = await tx.relation.create({
      data: {
        key: r.key,
        title: r.title,
        actorAId: actorIds.get(r.a)!,
        actorBId: actorIds.get(r.b)!,
        kind: r.kind,
        startDate: new Date(r.start),
        endDate: r.end ? new Date(r.end) : null,
        status: r.status,
        notes: r.notes,
        obligations,
        events: { create: r.events.map((slug) => ({ eventId: eventIds.get(slug)! })) },
        sources: {
          create: [
            ...new Set([...r.sources.map((key) => sourceIds.get(key)!), ...extraSources]),
          ].map((sourceId) => ({ sourceId })),
        },
      },
    });
    await recordSeeded(tx, 'relation', relation.id, { ...r, obligations });
    created++;
  }
  return created;
}

/** The seed's eras missing from the database, each with its first revision. */
async function seedEras(
  tx: Tx,
  eras: SeedEra[],
  sourceIds: Map<string, number>,
  korean: SeedKorean,
) {
  const existing = new Set((await tx.era.findMany({ select: { slug: true } })).map((e) => e.slug));
  for (const e of eras) {
    if (existing.has(e.slug)) continue;
    const era = await tx.era.create({
      data: {
        slug: e.slug,
        title: e.title,
        titleKo: korean.eraTitles.get(e.slug) ?? null,
        start: e.start,
        end: e.end,
        sources: { create: e.sources.map((key) => ({ sourceId: sourceIds.get(key)! })) },
      },
    });
    await recordSeeded(tx, 'era', era.id, (await snapshotEras(tx, [era.id]))[0]);
  }
}

/**
 * The seed's links between events missing from the database (live or trashed: a link an
 * editor trashed stays so), each with its first revision.
 */
async function seedEventLinks(
  tx: Tx,
  links: SeedEventLink[],
  eventIds: Map<string, number>,
  sourceIds: Map<string, number>,
) {
  const existing = new Set(
    (await tx.eventLink.findMany({ select: { fromId: true, toId: true, kind: true } })).map(
      (l) => `${l.fromId} ${l.toId} ${l.kind}`,
    ),
  );
  for (const l of links) {
    const fromId = eventIds.get(l.from)!;
    const toId = eventIds.get(l.to)!;
    if (existing.has(`${fromId} ${toId} ${l.kind}`)) continue;
    const link = await tx.eventLink.create({
      data: { fromId, toId, kind: l.kind, note: l.note, sourceId: sourceIds.get(l.source)! },
    });
    await recordSeeded(tx, 'event_link', link.id, (await snapshotEventLinks(tx, [link.id]))[0]);
  }
}

/**
 * Korean names and titles for records seeded before they existed: only on records no editor
 * has touched (version 1) that have none, so an editor's translation, or a cleared one, is
 * never overwritten. A backfill, like a data migration: no revision of its own.
 */
async function fillMissingKorean(tx: Tx, data: SeedDataset, korean: SeedKorean) {
  const pairs = (map: Map<string, string>) => [[...map.keys()], [...map.values()]] as const;
  const [codes, names] = pairs(korean.actorNames);
  await tx.$executeRaw`UPDATE actor t SET name_ko = x.v FROM unnest(${codes}::text[], ${names}::text[]) AS x(k, v)
    WHERE t.code = x.k AND t.name_ko IS NULL AND t.version = 1`;
  const [slugs, titles] = pairs(korean.eventTitles);
  await tx.$executeRaw`UPDATE event t SET title_ko = x.v FROM unnest(${slugs}::text[], ${titles}::text[]) AS x(k, v)
    WHERE t.slug = x.k AND t.title_ko IS NULL AND t.version = 1`;
  const [summarised, summaries] = pairs(korean.eventSummaries);
  await tx.$executeRaw`UPDATE event t SET summary_ko = x.v FROM unnest(${summarised}::text[], ${summaries}::text[]) AS x(k, v)
    WHERE t.slug = x.k AND t.summary_ko IS NULL AND t.version = 1`;
  const [eras, eraTitles] = pairs(korean.eraTitles);
  await tx.$executeRaw`UPDATE era t SET title_ko = x.v FROM unnest(${eras}::text[], ${eraTitles}::text[]) AS x(k, v)
    WHERE t.slug = x.k AND t.title_ko IS NULL AND t.version = 1`;
  // By the seed estimate's key, not its English: an editor's own estimate of the same
  // quantity is theirs to translate.
  const [keys, quantities] = pairs(
    new Map(
      data.estimates.flatMap((e) => {
        const ko = korean.quantities.get(e.quantity);
        return ko ? [[e.key, ko] as const] : [];
      }),
    ),
  );
  await tx.$executeRaw`UPDATE estimate t SET quantity_ko = x.v FROM unnest(${keys}::text[], ${quantities}::text[]) AS x(k, v)
    WHERE t.key = x.k AND t.quantity_ko IS NULL AND t.version = 1`;
  const [tagSlugs, tagNames] = pairs(korean.tagNames);
  await tx.$executeRaw`UPDATE tag t SET name_ko = x.v FROM unnest(${tagSlugs}::text[], ${tagNames}::text[]) AS x(k, v)
    WHERE t.slug = x.k AND t.name_ko IS NULL AND t.version = 1`;
}

/** The fingerprint of the seed files last loaded, or null on a database never seeded. */
export async function seededFingerprint(db: Db): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key: SEED_SETTING } });
  return (row?.value as { fingerprint?: string } | null)?.fingerprint ?? null;
}

import 'server-only';
import { parsePartialDate } from '../../dates.ts';
import { collectSources, parseTradeSource, type SeedDataset } from '../../seed/dataset.ts';
import type { Db } from './client.ts';
import { snapshotEvent } from '../events/reads.ts';
import { recordRevision, type Tx } from './revisions.ts';

export interface SeedResult {
  created: {
    actors: number;
    tags: number;
    sources: number;
    events: number;
    quotes: number;
    trade: number;
    relations: number;
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
  const actors = await tx.actor.createMany({
    data: data.actors.map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      color: data.colors[a.code] ?? null,
      affiliation: a.affiliation ?? a.role ?? null,
      notes: a.notes ?? null,
    })),
    skipDuplicates: true,
  });
  const tagSlugs = [...new Set(data.events.flatMap((e) => e.tags))];
  const tags = await tx.tag.createMany({
    data: tagSlugs.map((slug) => ({ slug, name: slug[0].toUpperCase() + slug.slice(1) })),
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
      })),
      ...tradeSources.map(({ compiler: _compiler, ...s }) => s),
    ],
    skipDuplicates: true,
  });

  const actorIds = new Map(
    (await tx.actor.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const tagIds = new Map(
    (await tx.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]),
  );
  const sourceIds = new Map(
    (
      await tx.source.findMany({ where: { key: { not: null } }, select: { id: true, key: true } })
    ).map((s) => [s.key!, s.id]),
  );

  const existingSlugs = new Set(
    (await tx.event.findMany({ select: { slug: true } })).map((e) => e.slug),
  );
  let events = 0;
  for (const e of data.events) {
    if (existingSlugs.has(e.id)) continue;
    const start = parsePartialDate(e.date)!;
    const created = await tx.event.create({
      data: {
        slug: e.id,
        title: e.title,
        summary: e.summary,
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
        sources: { create: e.sources.map((s) => ({ sourceId: sourceIds.get(s.key)! })) },
        statusChanges: {
          create: {
            fromStatus: null,
            toStatus: e.status,
            reason: 'Recorded from the seed dataset.',
          },
        },
      },
      select: { id: true },
    });
    await recordRevision(tx, {
      entityType: 'event',
      entityId: created.id,
      version: 1,
      action: 'create',
      snapshot: await snapshotEvent(tx, created.id),
      authorId: null,
    });
    events++;
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
    })),
    skipDuplicates: true,
  });

  const relations = await seedRelations(tx, data, actorIds, eventIds, sourceIds);
  return {
    actors: actors.count,
    tags: tags.count,
    sources: sources.count,
    events,
    quotes,
    trade: trade.count,
    relations,
  };
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
    await recordRevision(tx, {
      entityType: 'relation',
      entityId: relation.id,
      version: 1,
      action: 'create',
      snapshot: { ...r, obligations },
      authorId: null,
    });
    created++;
  }
  return created;
}

/** The fingerprint of the seed files last loaded, or null on a database never seeded. */
export async function seededFingerprint(db: Db): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key: SEED_SETTING } });
  return (row?.value as { fingerprint?: string } | null)?.fingerprint ?? null;
}

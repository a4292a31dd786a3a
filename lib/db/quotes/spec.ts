import 'server-only';
import { InvalidInput, NotFound } from '../../errors.ts';
import { quoteInputSchema, quoteUpdateSchema, type QuoteInput } from '../../schemas/quote.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import type { Prisma } from '../generated/client.ts';
import { actorIds, assertSources, byId, byIdOrder, iso, searchAny } from '../versioned/links.ts';
import { LIVE, PUBLIC_QUOTE } from '../core/visibility.ts';

const snapshotInclude = {
  speakerActor: { select: { code: true } },
  event: { select: { slug: true } },
  sources: {
    where: { source: LIVE },
    select: { source: { select: { id: true, publisher: true, title: true } } },
    orderBy: { sourceId: 'asc' },
  },
} satisfies Prisma.QuoteInclude;

/** A stored quote as snapshotQuotes reads it (the bulk import puts one together instead). */
export type QuoteRow = Prisma.QuoteGetPayload<{ include: typeof snapshotInclude }>;

/** A quote's revision snapshot from its row. */
export function toQuoteSnapshot(q: QuoteRow) {
  return {
    id: q.id,
    key: q.key,
    speaker: q.speaker,
    speakerActor: q.speakerActor?.code ?? null,
    role: q.role,
    text: q.text,
    language: q.language,
    translation: q.translation,
    date: q.date,
    venue: q.venue,
    quotedVia: q.quotedVia,
    event: q.event?.slug ?? null,
    sources: q.sources.map((s) => s.source),
    version: q.version,
    updatedAt: q.updatedAt.toISOString(),
    trashedAt: iso(q.deletedAt),
  };
}

/** Revision snapshots of quotes, in the order of `ids`. */
export async function snapshotQuotes(tx: Tx, ids: number[]) {
  const rows = await tx.quote.findMany({ where: { id: { in: ids } }, include: snapshotInclude });
  return byIdOrder(ids, rows).map(toQuoteSnapshot);
}

async function snapshotQuote(tx: Tx, id: number) {
  const [quote] = await snapshotQuotes(tx, [id]);
  if (!quote) throw new NotFound('Quote');
  return quote;
}

export type QuoteDto = Awaited<ReturnType<typeof snapshotQuote>>;

async function quoteColumns(tx: Tx, q: QuoteInput) {
  const { speakerActor } = await actorIds(tx, { speakerActor: q.speakerActor });
  const event = q.event
    ? await tx.event.findFirst({ where: { slug: q.event, ...LIVE }, select: { id: true } })
    : null;
  if (q.event && !event)
    throw new InvalidInput({
      event: `No event with the slug "${q.event}" (or it is in the trash)`,
    });
  await assertSources(tx, q.sources, 'sources');
  const { speakerActor: _code, event: _slug, sources: _ids, ...fields } = q;
  return { ...fields, speakerActorId: speakerActor, eventId: event?.id ?? null };
}

/** Replaces the quote's sources; links to trashed sources stay, to come back on restore. */
async function linkSources(tx: Tx, quoteId: number, q: QuoteInput) {
  await tx.quoteSource.deleteMany({ where: { quoteId, source: LIVE } });
  await tx.quoteSource.createMany({
    data: [...new Set(q.sources)].map((sourceId) => ({ quoteId, sourceId })),
    skipDuplicates: true,
  });
}

/** The stored quote as input: its own fields, with its sources by number. */
export function quoteToInput(q: QuoteDto): Record<string, unknown> {
  const { id: _id, key: _key, version: _v, updatedAt: _u, trashedAt: _t, sources, ...fields } = q;
  return { ...fields, sources: sources.map((s) => s.id) };
}

export const QUOTE_SPEC: RecordSpec<QuoteInput, QuoteDto> = {
  kind: 'quote',
  entityType: 'quote',
  label: 'Quote',
  permission: 'quotes.write',
  schema: quoteInputSchema,
  updateSchema: quoteUpdateSchema,
  model: (tx) => tx.quote as unknown as RecordDelegate,
  where: byId,
  publicWhere: PUBLIC_QUOTE,
  keyOf: (q) => String(q.id),
  columns: quoteColumns,
  afterWrite: linkSources,
  snapshot: snapshotQuote,
  toInput: quoteToInput,
  duplicate: {},
  list: {
    search: (q) => searchAny(q, ['speaker', 'text', 'venue']),
    select: {
      id: true,
      speaker: true,
      text: true,
      date: true,
      updatedAt: true,
      event: { select: { slug: true } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    toRow: (r: {
      id: number;
      speaker: string;
      text: string;
      date: string | null;
      updatedAt: Date;
      event: { slug: string } | null;
    }) => ({
      key: String(r.id),
      title: `${r.speaker}: “${r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text}”`,
      detail: [
        { t: 'rowDetail.number', v: { id: r.id } },
        r.date ?? '',
        r.event?.slug ?? '',
      ].filter(Boolean),
      updatedAt: r.updatedAt.toISOString(),
    }),
  },
};

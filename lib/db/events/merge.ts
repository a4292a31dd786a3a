import 'server-only';
import { InvalidInput, NotFound } from '../../errors.ts';
import { eventToInput } from '../../events/event-input.ts';
import { eventInputSchema, type EventInput } from '../../schemas/event.ts';
import { quoteInputSchema } from '../../schemas/quote.ts';
import type { EventDto } from '../../shapes/event.ts';
import { getDb } from '../core/client.ts';
import { recordRevision, type Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';
import { QUOTE_SPEC, quoteToInput } from '../quotes/spec.ts';
import { ensureBaseline, setRecordTrashed, updateRecord } from '../versioned/writes.ts';
import { snapshotEvent } from './reads.ts';
import { EVENT_SPEC } from './spec.ts';

// Folding one event into another (the same report logged twice): the survivor gains the
// other's actors, tags, sources and quotes (each quote moved by its own write, with its
// revision); the merged event goes to the trash marked as merged, so its slug redirects to
// the survivor (mergedTarget). Both get a `merge` revision and keep their histories. An
// unmerge puts everything back: the merged event restored with its quotes, the survivor
// reverted to its state before the merge.

/** What a merge revision of the merged event records beside its snapshot, for the unmerge. */
interface MergeNote {
  mergedInto: string;
  /** The survivor's version the merge wrote; the one before it is what an unmerge restores. */
  survivorVersion: number;
  movedQuoteIds: number[];
}

const sameSource = (a: EventInput['sources'][number], b: EventInput['sources'][number]) =>
  a.url ? a.url === b.url : !b.url && a.publisher === b.publisher && a.title === b.title;

/**
 * The survivor's content after the merge: its own fields, then what only the other has
 * (actors, tags, sources, quotes). Quotes keep the sources they already cite.
 */
export function unitedInput(survivor: EventInput, merged: EventInput): EventInput {
  return {
    ...survivor,
    actors: [
      ...survivor.actors,
      ...merged.actors.filter((a) => !survivor.actors.some((s) => s.code === a.code)),
    ],
    tags: [...new Set([...survivor.tags, ...merged.tags])],
    sources: [
      ...survivor.sources,
      ...merged.sources.filter((m) => !survivor.sources.some((s) => sameSource(s, m))),
    ],
    quotes: survivor.quotes.map((q) => ({ ...q, source: null })),
    statusReason: survivor.statusReason,
  };
}

async function liveEvent(tx: Tx, slug: string) {
  return tx.event.findFirst({ where: { slug, ...LIVE }, select: { id: true, version: true } });
}

/** Moves quotes to another event, each through the quote's own write (with its revision). */
async function moveQuotes(tx: Tx, ids: number[], toSlug: string, userId: number | null) {
  for (const id of ids) {
    const was = await QUOTE_SPEC.snapshot(tx, id);
    const input = quoteInputSchema.parse({ ...quoteToInput(was), event: toSlug });
    await updateRecord(QUOTE_SPEC, String(id), input, was.version, userId, { tx });
  }
}

/** What a merge of `fromSlug` into `intoSlug` would unite, for the confirm screen. */
export async function previewMerge(fromSlug: string, intoSlug: string) {
  return getDb().$transaction(async (tx) => {
    const [from, into] = await Promise.all([liveEvent(tx, fromSlug), liveEvent(tx, intoSlug)]);
    if (!from) throw new NotFound('Event');
    if (!into) throw new InvalidInput({ into: `No event “${intoSlug}” (or it is in the trash)` });
    const [a, b] = await Promise.all([snapshotEvent(tx, into.id), snapshotEvent(tx, from.id)]);
    const survivor = eventInputSchema.parse(eventToInput(a));
    const merged = eventInputSchema.parse(eventToInput(b));
    const united = unitedInput(survivor, merged);
    return {
      survivor: a,
      merged: b,
      gains: {
        actors: united.actors.slice(survivor.actors.length).map((x) => x.code),
        tags: united.tags.filter((t) => !survivor.tags.includes(t)),
        sources: united.sources.slice(survivor.sources.length).map((s) => s.title),
        quotes: b.quotes.map((q) => `${q.speaker}: ${q.text}`),
      },
    };
  });
}

/**
 * Folds the event `fromSlug` into `intoSlug`, in one transaction. Returns the survivor as
 * it now stands.
 */
export async function mergeEvents(
  fromSlug: string,
  intoSlug: string,
  userId: number | null,
): Promise<EventDto> {
  if (fromSlug === intoSlug)
    throw new InvalidInput({ into: 'Pick another event: an event cannot be merged into itself' });
  return getDb().$transaction(
    async (tx) => {
      const from = await liveEvent(tx, fromSlug);
      if (!from) throw new NotFound('Event');
      const into = await liveEvent(tx, intoSlug);
      if (!into) throw new InvalidInput({ into: `No event “${intoSlug}” (or it is in the trash)` });
      await ensureBaseline(EVENT_SPEC, tx, from.id);
      await ensureBaseline(EVENT_SPEC, tx, into.id);
      const mergedInput = eventInputSchema.parse(eventToInput(await snapshotEvent(tx, from.id)));

      const quotes = await tx.quote.findMany({
        where: { eventId: from.id, ...LIVE },
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      const movedQuoteIds = quotes.map((q) => q.id);
      await moveQuotes(tx, movedQuoteIds, intoSlug, userId);

      const now = await snapshotEvent(tx, into.id);
      const input = unitedInput(eventInputSchema.parse(eventToInput(now)), mergedInput);
      const result = await updateRecord(EVENT_SPEC, intoSlug, input, now.version, userId, {
        action: 'merge',
        tx,
      });
      const survivor = result.record ?? result.conflict;

      await tx.event.update({
        where: { id: from.id },
        data: {
          deletedAt: new Date(),
          mergedIntoId: into.id,
          updatedById: userId,
          version: { increment: 1 },
        },
      });
      const snapshot = await snapshotEvent(tx, from.id);
      const note: MergeNote = {
        mergedInto: intoSlug,
        survivorVersion: survivor.version,
        movedQuoteIds,
      };
      await recordRevision(tx, {
        entityType: 'event',
        entityId: from.id,
        version: snapshot.version,
        action: 'merge',
        snapshot: { ...snapshot, ...note },
        authorId: userId,
      });
      return survivor;
    },
    { timeout: 30_000 },
  );
}

/**
 * Undoes the merge of `mergedSlug`: the event comes back from the trash with its quotes,
 * and the survivor returns to its state before the merge (a `revert` revision; edits made
 * to it since the merge are undone too, and stay in its history; its quotes stay as they are).
 */
export async function unmergeEvent(mergedSlug: string, userId: number | null): Promise<EventDto> {
  return getDb().$transaction(
    async (tx) => {
      const merged = await tx.event.findFirst({
        where: { slug: mergedSlug, mergedIntoId: { not: null }, deletedAt: { not: null } },
        select: { id: true, mergedInto: { select: { slug: true, deletedAt: true } } },
      });
      if (!merged) throw new NotFound('Merged event');
      const survivor = merged.mergedInto!;
      if (survivor.deletedAt)
        throw new InvalidInput({
          into: `Restore “${survivor.slug}” from the trash before undoing the merge`,
        });
      const revision = await tx.revision.findFirst({
        where: { entityType: 'event', entityId: merged.id, action: 'merge' },
        orderBy: { version: 'desc' },
      });
      const note = revision?.snapshot as unknown as MergeNote | undefined;
      if (!note?.survivorVersion) throw new NotFound('Merge revision');

      await tx.event.update({ where: { id: merged.id }, data: { mergedIntoId: null } });
      await setRecordTrashed(EVENT_SPEC, mergedSlug, false, userId, tx);
      const stillThere = await tx.quote.findMany({
        where: { id: { in: note.movedQuoteIds }, event: { slug: survivor.slug }, ...LIVE },
        select: { id: true },
      });
      await moveQuotes(
        tx,
        stillThere.map((q) => q.id),
        mergedSlug,
        userId,
      );

      const current = await tx.event.findFirstOrThrow({
        where: { slug: survivor.slug },
        select: { id: true, version: true },
      });
      const before = await tx.revision.findUnique({
        where: {
          entityType_entityId_version: {
            entityType: 'event',
            entityId: current.id,
            version: note.survivorVersion - 1,
          },
        },
      });
      if (!before) throw new NotFound('Revision');
      // Quotes are records of their own: the moved ones went back above; the survivor keeps
      // the rest as they are now (an old snapshot may predate quotes written beside it).
      // (source: null keeps the sources each quote cites).
      const now = eventToInput(await snapshotEvent(tx, current.id));
      const quotes = (now.quotes as object[]).map((q) => ({ ...q, source: null }));
      const input = eventInputSchema.parse({
        ...EVENT_SPEC.revertInput!(before.snapshot as unknown as EventDto, {
          key: survivor.slug,
          version: before.version,
        }),
        quotes,
      });
      const result = await updateRecord(EVENT_SPEC, survivor.slug, input, current.version, userId, {
        action: 'revert',
        tx,
      });
      return result.record ?? result.conflict;
    },
    { timeout: 30_000 },
  );
}

/**
 * Where a merged event's slug now lives: the survivor's slug (following merges of
 * merges), or null when the slug was never merged or its survivor is gone. For readers
 * (`canSeeDrafts` false) every event on the way must be published: a draft's slug is not
 * revealed by a redirect, and a redirect to a page they cannot open would be a dead end.
 */
export async function mergedTarget(
  slug: string,
  { canSeeDrafts }: { canSeeDrafts: boolean },
): Promise<string | null> {
  let current = slug;
  for (let hop = 0; hop < 10; hop++) {
    const row = await getDb().event.findUnique({
      where: { slug: current },
      select: { deletedAt: true, publication: true, mergedInto: { select: { slug: true } } },
    });
    if (!row || (!canSeeDrafts && row.publication !== 'published')) return null;
    if (!row.deletedAt) return current === slug ? null : current;
    if (!row.mergedInto) return null;
    current = row.mergedInto.slug;
  }
  return null;
}

/** The events merged into this one (in the trash, redirecting here), for its history page. */
export async function listMergedInto(slug: string): Promise<{ slug: string; title: string }[]> {
  return getDb().event.findMany({
    where: { mergedInto: { slug }, deletedAt: { not: null } },
    select: { slug: true, title: true },
    orderBy: { updatedAt: 'desc' },
  });
}

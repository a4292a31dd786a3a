import 'server-only';
import { toIsoDate } from '../../dates.ts';
import { diffEvents, eventToInput } from '../../events/event-input.ts';
import { getDb } from '../core/client.ts';
import type { ClaimStatus, Publication } from '../../schemas/enums.ts';
import { listRevisions } from '../versioned/history.ts';
import { inTrashView } from '../core/visibility.ts';
import type { EditorEventRow, EventDto } from '../../shapes/event.ts';
import type { RevisionEntry } from '../../shapes/records.ts';

/**
 * Everything editors work on: drafts included; the trash when asked. Newest edits first
 * unless sorted by date or title; `q` matches words of the title or the slug.
 */
export async function listEventsForEditor(
  options: {
    trash?: boolean;
    limit?: number;
    q?: string;
    status?: ClaimStatus;
    publication?: Publication;
    /** Only events without a Korean title (the schema stores a blank one as null). */
    missingKorean?: boolean;
    sort?: 'updated' | 'date' | 'title';
    order?: 'asc' | 'desc';
  } = {},
): Promise<EditorEventRow[]> {
  const order = options.order ?? 'desc';
  const column = { updated: 'updatedAt', date: 'startDate', title: 'title' }[
    options.sort ?? 'updated'
  ];
  const rows = await getDb().event.findMany({
    where: {
      ...inTrashView(!!options.trash),
      ...(options.status && { status: options.status }),
      ...(options.publication && { publication: options.publication }),
      ...(options.missingKorean && { titleKo: null }),
      ...(options.q && {
        AND: options.q
          .split(/\s+/)
          .slice(0, 10)
          .map((word) => ({
            OR: [
              { title: { contains: word, mode: 'insensitive' as const } },
              { titleKo: { contains: word, mode: 'insensitive' as const } },
              { slug: { contains: word, mode: 'insensitive' as const } },
            ],
          })),
      }),
    },
    orderBy: [{ [column]: order }, { id: order }],
    take: options.limit ?? 200,
    select: {
      slug: true,
      title: true,
      startDate: true,
      status: true,
      publication: true,
      version: true,
      updatedAt: true,
      deletedAt: true,
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    date: toIsoDate(r.startDate),
    status: r.status,
    publication: r.publication,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    deletedAt: r.deletedAt?.toISOString() ?? null,
  }));
}

async function eventRevisions(slug: string) {
  const event = await getDb().event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) return null;
  return getDb().revision.findMany({
    where: { entityType: 'event', entityId: event.id },
    orderBy: { version: 'asc' },
    select: { version: true, action: true, createdAt: true, snapshot: true },
  });
}

/** Every revision of an event, newest first, each with what it changed (for editors). */
export async function listEventRevisions(slug: string): Promise<RevisionEntry[] | null> {
  const event = await getDb().event.findUnique({ where: { slug }, select: { id: true } });
  return event ? listRevisions('event', event.id, eventToInput) : null;
}

/**
 * The public corrections log: edits made after the event was first published, with the
 * fields they changed and when, never who made them.
 */
export async function listCorrections(slug: string): Promise<{ at: string; fields: string[] }[]> {
  const rows = (await eventRevisions(slug)) ?? [];
  const firstPublished = rows.findIndex(
    (r) => (r.snapshot as unknown as EventDto).publication === 'published',
  );
  if (firstPublished < 0) return [];
  const out: { at: string; fields: string[] }[] = [];
  for (let i = firstPublished + 1; i < rows.length; i++) {
    if (rows[i].action === 'trash' || rows[i].action === 'restore') continue;
    const fields = diffEvents(
      rows[i - 1].snapshot as unknown as EventDto,
      rows[i].snapshot as unknown as EventDto,
    ).map((c) => c.field);
    if (fields.length) out.push({ at: rows[i].createdAt.toISOString(), fields });
  }
  return out.reverse();
}

import 'server-only';
import { can, type CurrentUser } from '../../auth/permissions.ts';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';

// What waits for an editor on the overview: drafts to review and sources whose link was found
// dead. Who sees which is decided here, in editorDesk(), and nowhere else.

export interface EditorQueue {
  drafts: number;
  newestDrafts: { slug: string; title: string; updatedAt: string }[];
}

export interface DeadLink {
  sourceId: number;
  title: string;
  publisher: string;
  url: string;
  /** The HTTP status of the last check, or why no answer came (timeout, unreachable, …). */
  status: number | null;
  error: string | null;
  checkedAt: string;
}

export interface DeadLinks {
  count: number;
  newest: DeadLink[];
}

/** How many of each the overview lists. */
const SHOWN = 5;

export async function getEditorQueue(): Promise<EditorQueue> {
  const db = getDb();
  const where = { ...LIVE, publication: 'draft' as const };
  const [drafts, newest] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: SHOWN,
      select: { slug: true, title: true, updatedAt: true },
    }),
  ]);
  return {
    drafts,
    newestDrafts: newest.map((d) => ({ ...d, updatedAt: d.updatedAt.toISOString() })),
  };
}

/**
 * Live sources whose last link check found them dead, the latest checks first. A check of an
 * address the source no longer has (an editor corrected it since) does not count.
 */
export async function listDeadLinks(limit = SHOWN): Promise<DeadLinks> {
  const db = getDb();
  const [[{ count }], rows] = await Promise.all([
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM source_link_check c JOIN source s ON s.id = c.source_id
      WHERE c.dead AND s.deleted_at IS NULL AND s.url = c.url`,
    db.$queryRaw<(Omit<DeadLink, 'checkedAt'> & { checkedAt: Date })[]>`
      SELECT s.id AS "sourceId", s.title, s.publisher, c.url, c.status, c.error,
        c.checked_at AS "checkedAt"
      FROM source_link_check c JOIN source s ON s.id = c.source_id
      WHERE c.dead AND s.deleted_at IS NULL AND s.url = c.url
      ORDER BY c.checked_at DESC, s.id DESC LIMIT ${limit}`,
  ]);
  return { count, newest: rows.map((r) => ({ ...r, checkedAt: r.checkedAt.toISOString() })) };
}

export interface EditorDesk {
  /** Null for a user who may not edit events. */
  queue: EditorQueue | null;
  /** Null for a user who may not edit sources. */
  deadLinks: DeadLinks | null;
}

/** The editor's part of the overview, each part only for those allowed to act on it. */
export async function editorDesk(user: Pick<CurrentUser, 'role'> | null): Promise<EditorDesk> {
  const [queue, deadLinks] = await Promise.all([
    can(user, 'events.write') ? getEditorQueue() : null,
    can(user, 'sources.write') ? listDeadLinks() : null,
  ]);
  return { queue, deadLinks };
}

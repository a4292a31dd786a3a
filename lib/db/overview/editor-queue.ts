import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';

// What waits for an editor on the overview: drafts to review. Read only for signed-in
// editors (the page checks the permission before calling this).

export interface EditorQueue {
  drafts: number;
  newestDrafts: { slug: string; title: string; updatedAt: string }[];
}

export async function getEditorQueue(): Promise<EditorQueue> {
  const db = getDb();
  const where = { ...LIVE, publication: 'draft' as const };
  const [drafts, newest] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 5,
      select: { slug: true, title: true, updatedAt: true },
    }),
  ]);
  return {
    drafts,
    newestDrafts: newest.map((d) => ({ ...d, updatedAt: d.updatedAt.toISOString() })),
  };
}

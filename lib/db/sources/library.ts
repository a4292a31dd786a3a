import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';
import { searchAny } from '../versioned/links.ts';
import type { LibrarySourceShape } from '../../shapes/source-library.ts';

export type LibrarySource = LibrarySourceShape;

/**
 * Live sources whose URL, title or publisher contains `q`, the most cited first, so an
 * editor links the source already on file instead of typing a copy of it.
 */
export async function searchSourceLibrary(q: string, limit = 8): Promise<LibrarySource[]> {
  const rows = await getDb().source.findMany({
    where: { ...LIVE, ...searchAny(q, ['url', 'title', 'publisher']) },
    select: {
      id: true,
      publisher: true,
      title: true,
      url: true,
      publishedAt: true,
      reliability: true,
      _count: { select: { events: { where: { event: LIVE } } } },
    },
    orderBy: [{ events: { _count: 'desc' } }, { id: 'desc' }],
    take: limit,
  });
  return rows.map(({ _count, ...s }) => ({ ...s, events: _count.events }));
}

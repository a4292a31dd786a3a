import 'server-only';
import type { RecentChange } from '../../shapes/overview.ts';
import { listChanges } from '../changes/feed.ts';
import { getDb } from '../core/client.ts';
import { PUBLISHED_LIVE } from '../core/visibility.ts';
import { loadSummaries } from '../events/list.ts';

// "What changed" on the overview: the change feed's latest entries (lib/db/changes/feed.ts,
// the same reading of the revisions as /api/changes), kept to events readers can see now,
// one line per event (its latest change), newest first.

/** Feed entries looked through: events are most of them, other kinds are skipped. */
const LOOK_BACK = 100;

export async function listRecentChanges(limit = 10): Promise<RecentChange[]> {
  const page = await listChanges({ txid: '0', id: 0 }, LOOK_BACK, { latest: true });
  const latest = new Map<string, (typeof page.items)[number]>();
  for (const item of page.items.toReversed()) {
    if (item.kind !== 'event' || item.removed || latest.has(item.key)) continue;
    latest.set(item.key, item);
    if (latest.size === limit) break;
  }
  const rows = await getDb().event.findMany({
    where: { ...PUBLISHED_LIVE, slug: { in: [...latest.keys()] } },
    select: { id: true, slug: true },
  });
  const summaries = await loadSummaries(rows.map((r) => r.id));
  const bySlug = new Map(rows.map((r) => [r.slug, summaries.get(r.id)]));
  return [...latest.values()].flatMap((item) => {
    const event = bySlug.get(item.key);
    if (!event) return [];
    const change =
      item.change === 'create' || item.change === 'publish'
        ? 'new'
        : item.change === 'status'
          ? 'status'
          : 'corrected';
    return [{ change, at: item.at, event, status: item.status ?? event.status }];
  });
}

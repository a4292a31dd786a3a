import { getDb } from '../../lib/db/core/client.ts';

// One request per public GET route file that answers 200 once the seed is loaded: the
// URL and the route parameters Next would pass. Keys are route files (route-files.ts).

export interface ReadSample {
  url: string;
  params: Record<string, string>;
}

export async function readSamples(): Promise<Record<string, ReadSample>> {
  const db = getDb();
  const live = { deletedAt: null };
  const first = { orderBy: { id: 'asc' as const } };
  const [event, source, quote, trade, relation, tag, estimate, link] = await Promise.all([
    db.event.findFirstOrThrow({ where: { ...live, publication: 'published' }, ...first }),
    db.source.findFirstOrThrow({ where: live, ...first }),
    db.quote.findFirstOrThrow({ where: live, ...first }),
    db.tradeObservation.findFirstOrThrow({ where: live, ...first }),
    db.relation.findFirstOrThrow({ where: { ...live, key: { not: null } }, ...first }),
    db.tag.findFirstOrThrow({ where: live, ...first }),
    db.estimate.findFirstOrThrow({ where: { ...live, key: { not: null } }, ...first }),
    db.eventLink.findFirstOrThrow({
      where: {
        ...live,
        from: { ...live, publication: 'published' },
        to: { ...live, publication: 'published' },
      },
      ...first,
    }),
  ]);
  const at = (url: string, params: Record<string, string> = {}) => ({ url, params });
  return {
    'app/api/actors/route.ts': at('/api/actors'),
    'app/api/actors/[code]/route.ts': at('/api/actors/KP', { code: 'KP' }),
    'app/api/alliances/route.ts': at('/api/alliances?at=2024-12-31'),
    'app/api/alliances/[file]/route.ts': at('/api/alliances/network.csv', {
      file: 'network.csv',
    }),
    'app/api/charts/[file]/route.ts': at('/api/charts/trade.csv', { file: 'trade.csv' }),
    'app/api/events/route.ts': at('/api/events?actor=KP'),
    'app/api/events/[slug]/route.ts': at(`/api/events/${event.slug}`, { slug: event.slug }),
    'app/api/events/export.csv/route.ts': at('/api/events/export.csv?actor=KP'),
    'app/api/events/export.json/route.ts': at('/api/events/export.json?actor=KP'),
    'app/api/openapi.json/route.ts': at('/api/openapi.json'),
    'app/api/estimates/route.ts': at('/api/estimates?asOf=2024-10-29'),
    'app/api/estimates/[id]/route.ts': at(`/api/estimates/${estimate.id}`, {
      id: String(estimate.id),
    }),
    'app/api/quotes/[id]/route.ts': at(`/api/quotes/${quote.id}`, { id: String(quote.id) }),
    'app/api/relations/route.ts': at('/api/relations?actor=KP'),
    'app/api/relations/[key]/route.ts': at(`/api/relations/${relation.key}`, {
      key: relation.key!,
    }),
    'app/api/sources/[id]/route.ts': at(`/api/sources/${source.id}`, { id: String(source.id) }),
    'app/api/tags/route.ts': at('/api/tags'),
    'app/api/tags/[slug]/route.ts': at(`/api/tags/${tag.slug}`, { slug: tag.slug }),
    'app/api/timeline/route.ts': at('/api/timeline?from=2024&to=2024'),
    'app/api/timeline/facets/route.ts': at('/api/timeline/facets?actor=KP'),
    'app/api/trade/route.ts': at('/api/trade?series=KP-CN'),
    'app/api/trade/observations/[id]/route.ts': at(`/api/trade/observations/${trade.id}`, {
      id: String(trade.id),
    }),
    'app/feed.xml/route.ts': at('/feed.xml'),
    'app/api/events/[slug]/citation/route.ts': at(
      `/api/events/${event.slug}/citation?format=bibtex`,
      { slug: event.slug },
    ),
    'app/api/changes/route.ts': at('/api/changes'),
    'app/changes.xml/route.ts': at('/changes.xml'),
    'app/api/eras/route.ts': at('/api/eras'),
    'app/api/eras/[slug]/route.ts': at('/api/eras/war-in-ukraine', { slug: 'war-in-ukraine' }),
    'app/api/event-links/[id]/route.ts': at(`/api/event-links/${link.id}`, { id: String(link.id) }),
  };
}

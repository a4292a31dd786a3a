import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/localized.ts';
import { GLANCE_MAX_ITEMS, WhereThingsStand } from '@/components/overview/where-things-stand.tsx';
import { glanceWindow } from '@/lib/overview/glance-window.ts';
import { networkGeometry } from '@/lib/alliances/network-geometry.ts';
import { getAllianceAnchors, getAllianceNetwork } from '@/lib/db/relations/reads.ts';
import { getTimeline } from '@/lib/db/timeline/window.ts';
import { allianceQuerySchema } from '@/lib/schemas/alliance.ts';
import { timelineQuerySchema } from '@/lib/schemas/event-query.ts';
import { windowToDays } from '@/lib/timeline/window.ts';

/**
 * The overview's "Where things stand", awaited inside its own <Suspense> so the rest of the
 * page never waits for it: the /timeline loader for the 90 days up to the latest event, and
 * the /alliances loaders for the network today (both cached per data version).
 */
export async function WhereThingsStandSection({
  latest,
  today,
}: {
  /** The day of the latest published event, if any. */
  latest: string | null;
  today: string;
}) {
  const locale = (await getLocale()) as Locale;
  const win = glanceWindow(latest, today);
  const days = windowToDays(win);
  const network = allianceQuerySchema.parse({ at: today });
  const [timeline, { nodes, edges }, anchors] = await Promise.all([
    getTimeline(
      timelineQuerySchema.parse({
        start: days.from,
        end: days.to,
        lanes: 'none',
        maxItems: String(GLANCE_MAX_ITEMS),
      }),
    ),
    getAllianceNetwork(network.at, network.from, network.minEvents),
    getAllianceAnchors(network.minEvents),
  ]);
  return (
    <WhereThingsStand
      win={win}
      timeline={timeline}
      network={network}
      geometry={networkGeometry(nodes, edges, new Map(Object.entries(anchors)), locale)}
    />
  );
}

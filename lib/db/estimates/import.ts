import 'server-only';
import type { EventInput } from '../../schemas/event.ts';
import type { ImportEstimate } from '../../schemas/estimate.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';
import { createRecord } from '../versioned/writes.ts';
import { ESTIMATE_SPEC } from './spec.ts';

/**
 * An imported event's estimates, each through the one write path (with its revision), citing
 * the event's source at its index. One the event already has (same claim, claimant, day and
 * source) is not added again, so importing a file twice changes nothing.
 */
export async function addImportedEstimates(
  tx: Tx,
  event: EventInput,
  estimates: ImportEstimate[],
  userId: number,
) {
  if (!estimates.length) return;
  const links = await tx.eventSource.findMany({
    where: { event: { slug: event.slug }, source: LIVE },
    select: { sourceId: true, source: { select: { url: true, publisher: true, title: true } } },
  });
  for (const e of estimates) {
    const cited = event.sources[e.source];
    const link = links.find((l) =>
      cited.url
        ? l.source.url === cited.url
        : l.source.publisher === cited.publisher && l.source.title === cited.title,
    );
    if (!link) continue; // the event's write refused it already
    const { source: _index, ...fields } = e;
    const same = await tx.estimate.count({
      where: {
        ...LIVE,
        event: { slug: event.slug },
        quantity: e.quantity,
        claimant: { code: e.claimant },
        refersTo: e.refersTo,
        sourceId: link.sourceId,
        low: e.low,
        best: e.best,
        high: e.high,
      },
    });
    if (same) continue;
    await createRecord(
      ESTIMATE_SPEC,
      { ...fields, source: link.sourceId, event: event.slug },
      userId,
      tx,
    );
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { eventLinkInputSchema } from '../schemas/event-link.ts';
import { EVENT_LINK_KINDS } from '../schemas/enums.ts';
import { SEED_DIR, type SeedDataset } from './dataset.ts';

// The seed's links between events (prisma/seed/event-links.json): each names two seed events
// and a source key one of them cites, with a note quoting why.

const seedEventLinksSchema = z.object({
  links: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      kind: z.enum(EVENT_LINK_KINDS),
      source: z.string(),
      note: z.string().min(1),
    }),
  ),
});

export type SeedEventLink = z.infer<typeof seedEventLinksSchema>['links'][number];

export function readSeedEventLinks(
  dataset: Pick<SeedDataset, 'events'>,
  file = path.join(SEED_DIR, '..', 'event-links.json'),
): SeedEventLink[] {
  const { links } = seedEventLinksSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const sourcesOf = new Map(dataset.events.map((e) => [e.id, e.sources.map((s) => s.key)]));
  for (const l of links) {
    eventLinkInputSchema.parse({ ...l, source: null });
    const missing = [l.from, l.to].filter((slug) => !sourcesOf.has(slug));
    if (missing.length) throw new Error(`Seed link ${l.from} → ${l.to}: unknown event ${missing}`);
    if (![l.from, l.to].some((slug) => sourcesOf.get(slug)!.includes(l.source)))
      throw new Error(`Seed link ${l.from} → ${l.to}: neither event cites ${l.source}`);
  }
  return links;
}

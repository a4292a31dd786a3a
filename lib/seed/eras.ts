import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { eraInputSchema } from '../schemas/era.ts';
import { SEED_DIR, type SeedDataset } from './dataset.ts';

// The seed's eras (prisma/seed/eras.json): each names the events and sources that date it,
// and every one of those must be in the seed dataset.

const seedErasSchema = z.object({
  eras: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      start: z.string(),
      end: z.string().nullable(),
      events: z.array(z.string()).min(1),
      sources: z.array(z.string()).min(1),
      why: z.string(),
    }),
  ),
});

export type SeedEra = z.infer<typeof seedErasSchema>['eras'][number];

export function readSeedEras(
  dataset: Pick<SeedDataset, 'events'>,
  file = path.join(SEED_DIR, '..', 'eras.json'),
): SeedEra[] {
  const { eras } = seedErasSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const slugs = new Set(dataset.events.map((e) => e.id));
  const keys = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.key)));
  for (const era of eras) {
    eraInputSchema.parse({ ...era, sources: [] });
    const missing = [
      ...era.events.filter((s) => !slugs.has(s)),
      ...era.sources.filter((k) => !keys.has(k)),
    ];
    if (missing.length) throw new Error(`Seed era ${era.slug} refers to unknown ${missing}`);
  }
  return eras;
}

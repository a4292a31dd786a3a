import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { z } from 'zod';
import { SEED_DIR, type SeedDataset } from './dataset.ts';

// Korean beside the seed's English. States: i18n-iso-countries' Korean locale, by the
// actor's code where it is an ISO 3166 alpha-2 code (KP → 북한). Organisations, people,
// event and era titles: prisma/seed/korean.json, the project's own translations (marked so
// in the file; not a citation). The seed stores them once; editors change them from there.

countries.registerLocale(ko);

const seedKoreanSchema = z.object({
  translatedBy: z.literal('project'),
  actors: z.record(z.string(), z.string().min(1)),
  events: z.record(z.string(), z.string().min(1)),
  eras: z.record(z.string(), z.string().min(1)),
});

export interface SeedKorean {
  /** Actor code → Korean name: states from ISO names, the rest from korean.json. */
  actorNames: Map<string, string>;
  /** Event slug → Korean title. */
  eventTitles: Map<string, string>;
  /** Era slug → Korean title. */
  eraTitles: Map<string, string>;
}

/** A state's Korean name from its ISO 3166 code; null for codes that are not one (NATO). */
export function isoKoreanName(code: string): string | null {
  return /^[A-Z]{2}$/.test(code) ? (countries.getName(code, 'ko') ?? null) : null;
}

export function readSeedKorean(
  dataset: Pick<SeedDataset, 'actors' | 'events'>,
  file = path.join(SEED_DIR, '..', 'korean.json'),
): SeedKorean {
  const parsed = seedKoreanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const codes = new Set(dataset.actors.map((a) => a.code));
  const slugs = new Set(dataset.events.map((e) => e.id));
  const unknown = [
    ...Object.keys(parsed.actors).filter((c) => !codes.has(c)),
    ...Object.keys(parsed.events).filter((s) => !slugs.has(s)),
  ];
  if (unknown.length) throw new Error(`korean.json names unknown records: ${unknown.join(', ')}`);
  const actorNames = new Map<string, string>();
  for (const a of dataset.actors) {
    const name = (a.kind === 'state' && isoKoreanName(a.code)) || parsed.actors[a.code];
    if (name) actorNames.set(a.code, name);
  }
  return {
    actorNames,
    eventTitles: new Map(Object.entries(parsed.events)),
    eraTitles: new Map(Object.entries(parsed.eras)),
  };
}

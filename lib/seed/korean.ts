import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { z } from 'zod';
import { SEED_DIR, type SeedDataset } from './dataset.ts';

// Korean beside the seed's English. States: i18n-iso-countries' Korean locale, by the
// actor's code where it is an ISO 3166 alpha-2 code (KP → 북한), unless korean.json names the
// state as the Korean press does (RU → 러시아, not 러시아연방). Organisations, people,
// event titles and summaries, era titles, estimate quantities and tag names:
// prisma/seed/korean.json, the project's own translations (marked so in the file; not a
// citation). The seed stores them once; editors change them from there.

countries.registerLocale(ko);

const seedKoreanSchema = z.object({
  translatedBy: z.literal('project'),
  actors: z.record(z.string(), z.string().min(1)),
  events: z.record(z.string(), z.string().min(1)),
  eras: z.record(z.string(), z.string().min(1)),
  /** Event slug → Korean summary (markdown, like the English). */
  summaries: z.record(z.string(), z.string().min(1)).default({}),
  /** An estimate's English quantity → its Korean (estimates share quantities). */
  quantities: z.record(z.string(), z.string().min(1)).default({}),
  /** Tag slug → Korean name. */
  tags: z.record(z.string(), z.string().min(1)).default({}),
});

export interface SeedKorean {
  /** Actor code → Korean name: korean.json's, else (states) the ISO name. */
  actorNames: Map<string, string>;
  /** Event slug → Korean title. */
  eventTitles: Map<string, string>;
  /** Event slug → Korean summary. */
  eventSummaries: Map<string, string>;
  /** Era slug → Korean title. */
  eraTitles: Map<string, string>;
  /** An estimate's English quantity → Korean. */
  quantities: Map<string, string>;
  /** Tag slug → Korean name. */
  tagNames: Map<string, string>;
}

/** A state's Korean name from its ISO 3166 code; null for codes that are not one (NATO). */
export function isoKoreanName(code: string): string | null {
  return /^[A-Z]{2}$/.test(code) ? (countries.getName(code, 'ko') ?? null) : null;
}

export function readSeedKorean(
  dataset: Pick<SeedDataset, 'actors' | 'events' | 'estimates'>,
  file = path.join(SEED_DIR, '..', 'korean.json'),
): SeedKorean {
  const parsed = seedKoreanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const codes = new Set(dataset.actors.map((a) => a.code));
  const slugs = new Set(dataset.events.map((e) => e.id));
  const quantities = new Set(dataset.estimates.map((e) => e.quantity));
  const tags = new Set(dataset.events.flatMap((e) => e.tags));
  const unknown = [
    ...Object.keys(parsed.actors).filter((c) => !codes.has(c)),
    ...Object.keys(parsed.events).filter((s) => !slugs.has(s)),
    ...Object.keys(parsed.summaries).filter((s) => !slugs.has(s)),
    ...Object.keys(parsed.quantities).filter((q) => !quantities.has(q)),
    ...Object.keys(parsed.tags).filter((t) => !tags.has(t)),
  ];
  if (unknown.length) throw new Error(`korean.json names unknown records: ${unknown.join(', ')}`);
  const actorNames = new Map<string, string>();
  for (const a of dataset.actors) {
    // The file's own name first: the ISO one can be the formal name (러시아 연방 for 러시아).
    const name = parsed.actors[a.code] || (a.kind === 'state' && isoKoreanName(a.code));
    if (name) actorNames.set(a.code, name);
  }
  return {
    actorNames,
    eventTitles: new Map(Object.entries(parsed.events)),
    eventSummaries: new Map(Object.entries(parsed.summaries)),
    eraTitles: new Map(Object.entries(parsed.eras)),
    quantities: new Map(Object.entries(parsed.quantities)),
    tagNames: new Map(Object.entries(parsed.tags)),
  };
}

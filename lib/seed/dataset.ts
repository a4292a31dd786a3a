// Reads and checks the cited seed dataset (prisma/seed/data). Pure: no database here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describeZodError } from '../schemas/errors.ts';
import { readSeedTreaty, type SeedTreaty } from './treaty.ts';
import {
  seedFilesSchema,
  seedTradeRowSchema,
  type SeedActor,
  type SeedEvent,
  type SeedQuote,
  type SeedRelation,
  type SeedSource,
  type SeedTradeRow,
} from '../schemas/seed.ts';

export const SEED_DIR = path.resolve('prisma/seed/data');

/** Changes whenever a seed file changes, so a start after an update adds the new records. */
export function seedFingerprint(dir = SEED_DIR): string {
  const hash = createHash('sha256');
  for (const file of [
    'actors.json',
    'events.json',
    'quotes.json',
    'trade.csv',
    '../colors.json',
    '../relations.json',
    'treaty-2024.json',
  ]) {
    hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface SeedDataset {
  actors: SeedActor[];
  events: SeedEvent[];
  quotes: SeedQuote[];
  trade: SeedTradeRow[];
  relations: SeedRelation[];
  colors: Record<string, string>;
  /** The 2024 Russia–DPRK treaty's obligations (treaty-2024.json). */
  treaty?: SeedTreaty;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function readSeedDataset(dir = SEED_DIR): SeedDataset {
  const parsedFiles = seedFilesSchema.safeParse({
    actors: readJson(path.join(dir, 'actors.json')),
    events: readJson(path.join(dir, 'events.json')),
    quotes: readJson(path.join(dir, 'quotes.json')),
    relations: readJson(path.join(dir, '..', 'relations.json')),
  });
  if (!parsedFiles.success)
    throw new Error(`Seed data is invalid: ${describeZodError(parsedFiles.error)}`);
  const files = parsedFiles.data;
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(path.join(dir, 'trade.csv'), 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  );
  if (csv.errors.length)
    throw new Error(`trade.csv row ${csv.errors[0].row}: ${csv.errors[0].message}`);
  const trade = csv.data.map((row, i) => {
    const parsed = seedTradeRowSchema.safeParse(row);
    if (!parsed.success)
      throw new Error(
        `Seed data is invalid: ${describeZodError(parsed.error, `trade.csv line ${i + 2}, `)}`,
      );
    return parsed.data;
  });
  const colors = readJson(path.join(dir, '..', 'colors.json')) as Record<string, string>;
  const dataset = {
    actors: files.actors.actors,
    events: files.events.events,
    quotes: files.quotes.quotes,
    relations: files.relations.relations,
    trade,
    colors,
    treaty: readSeedTreaty(dir),
  };
  checkReferences(dataset);
  return dataset;
}

/** Every code and slug the dataset refers to must exist in it. */
function checkReferences({ actors, events, quotes, trade, relations }: SeedDataset): void {
  const codes = new Set(actors.map((a) => a.code));
  const slugs = new Set(events.map((e) => e.id));
  const missing: string[] = [];
  for (const e of events) {
    for (const c of [...e.actors, ...e.people])
      if (!codes.has(c)) missing.push(`event ${e.id}: actor ${c}`);
  }
  for (const q of quotes) {
    if (q.eventSlug && !slugs.has(q.eventSlug)) missing.push(`quote ${q.id}: event ${q.eventSlug}`);
    if (q.speakerCode && !codes.has(q.speakerCode))
      missing.push(`quote ${q.id}: speaker ${q.speakerCode}`);
  }
  for (const t of trade) {
    for (const c of [t.partner_a, t.partner_b])
      if (!codes.has(c)) missing.push(`trade ${t.year}: actor ${c}`);
  }
  const sourceKeys = new Set(events.flatMap((e) => e.sources.map((s) => s.key)));
  for (const r of relations) {
    for (const c of [r.a, r.b]) if (!codes.has(c)) missing.push(`relation ${r.key}: actor ${c}`);
    for (const slug of r.events)
      if (!slugs.has(slug)) missing.push(`relation ${r.key}: event ${slug}`);
    for (const key of r.sources)
      if (!sourceKeys.has(key)) missing.push(`relation ${r.key}: source ${key}`);
  }
  if (missing.length) throw new Error(`Seed data refers to unknown records: ${missing.join('; ')}`);
}

/** Every distinct source cited by events and quotes, by key. */
export function collectSources(dataset: Pick<SeedDataset, 'events' | 'quotes'>): SeedSource[] {
  const byKey = new Map<string, SeedSource>();
  for (const item of [...dataset.events, ...dataset.quotes]) {
    for (const s of item.sources) if (!byKey.has(s.key)) byKey.set(s.key, s);
  }
  return [...byKey.values()];
}

interface TradeSource {
  key: string;
  /** Who compiled the figure: the part before the first ';'. */
  compiler: string;
  publisher: string;
  title: string;
  publishedAt: string | null;
  url: string | null;
}

/**
 * trade.csv's `source` reads "<compiler>[; notes]; reported by <publisher> (<date>)".
 * The whole text is kept as the source's title so no part of the citation is lost.
 */
export function parseTradeSource(text: string, url: string): TradeSource {
  const compiler = text.split(';')[0].trim();
  const reported = /reported by (.+?)(?: \((\d{4}(?:-\d{2}){0,2})\))?$/.exec(text);
  return {
    key: `trade:${text}|${url}`,
    compiler,
    publisher: reported ? reported[1].trim() : compiler,
    title: text,
    publishedAt: reported?.[2] ?? null,
    url: url || null,
  };
}

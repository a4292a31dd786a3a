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
  type SeedEstimate,
  type SeedEvent,
  type SeedGrades,
  type SeedStatusHistories,
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
    '../estimates.json',
    '../status-history.json',
    '../source-grades.json',
    '../eras.json',
    '../event-links.json',
    '../korean.json',
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
  estimates: SeedEstimate[];
  statusHistories: SeedStatusHistories;
  grades: SeedGrades;
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
    estimates: readJson(path.join(dir, '..', 'estimates.json')),
    statusHistory: readJson(path.join(dir, '..', 'status-history.json')),
    grades: readJson(path.join(dir, '..', 'source-grades.json')),
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
    estimates: files.estimates.estimates,
    statusHistories: files.statusHistory.histories,
    grades: files.grades,
    treaty: readSeedTreaty(dir),
  };
  checkReferences(dataset);
  return dataset;
}

/** Every code and slug the dataset refers to must exist in it. */
function checkReferences({
  actors,
  events,
  quotes,
  trade,
  relations,
  estimates,
  statusHistories,
  grades,
}: SeedDataset): void {
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
  const eventSources = new Map(events.map((e) => [e.id, new Set(e.sources.map((s) => s.key))]));
  for (const e of estimates) {
    if (!codes.has(e.claimant)) missing.push(`estimate ${e.key}: claimant ${e.claimant}`);
    // No number without a source: the estimate cites one of its event's own sources.
    if (!eventSources.get(e.event)?.has(e.source))
      missing.push(`estimate ${e.key}: source ${e.source} of event ${e.event}`);
  }
  for (const [slug, changes] of Object.entries(statusHistories)) {
    if (!slugs.has(slug)) missing.push(`status history: event ${slug}`);
    for (const c of changes)
      if (!sourceKeys.has(c.source)) missing.push(`status history ${slug}: source ${c.source}`);
  }
  for (const [slug, key] of Object.entries(grades.primary))
    if (!eventSources.get(slug)?.has(key)) missing.push(`primary source ${key} of event ${slug}`);
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

/**
 * The grade and its reason for a seed source, by the rule in prisma/seed/source-grades.json:
 * event and quote sources by key, trade sources by the patterns on their publisher.
 */
export function gradeOf(
  grades: SeedGrades,
  source: { key: string; publisher: string },
): { reliability: SeedGrades['rule'][number]['grade']; gradeReason: string } {
  const kind =
    grades.sources[source.key] ??
    grades.publisherPatterns.find((p) => new RegExp(p.pattern).test(source.publisher))?.kind ??
    grades.defaultKind;
  const rule = grades.rule.find((r) => r.kind === kind)!;
  return { reliability: rule.grade, gradeReason: rule.reason };
}

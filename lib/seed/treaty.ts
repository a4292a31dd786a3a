import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ObligationType } from '../schemas/enums.ts';

// prisma/seed/data/treaty-2024.json: the 2024 Russia–DPRK treaty's obligations by article,
// each with the reports that describe it. Loaded onto the treaty's relation, keeping only
// what the file supports: articles with an ATOP type (those it marks "other" are left out),
// the summary in the file's own words (its sources are not quoted verbatim there, so no quote),
// and the first source it names for the article.

const ATOP: Record<string, ObligationType> = {
  defense: 'defence',
  defence: 'defence',
  offense: 'offence',
  offence: 'offence',
  neutrality: 'neutrality',
  'non-aggression': 'non_aggression',
  consultation: 'consultation',
};

const fileSchema = z.object({
  relation: z.string(),
  obligations: z.array(
    z.object({
      article: z.union([z.number(), z.string()]),
      category: z.string(),
      summary: z.string(),
      sources: z.array(z.string()).min(1),
    }),
  ),
  sources: z.record(
    z.string(),
    z.object({ publisher: z.string(), title: z.string(), url: z.string(), date: z.string() }),
  ),
});

export interface SeedTreaty {
  relation: string;
  sources: { key: string; publisher: string; title: string; url: string; publishedAt: string }[];
  obligations: {
    type: ObligationType;
    article: string;
    summary: string;
    quote: null;
    sourceUrl: string;
  }[];
}

export function readSeedTreaty(dir: string): SeedTreaty {
  const file = fileSchema.parse(
    JSON.parse(readFileSync(path.join(dir, 'treaty-2024.json'), 'utf8')),
  );
  const obligations = file.obligations.flatMap((o) => {
    const type = ATOP[o.category];
    const source = file.sources[o.sources[0]];
    if (!type) return [];
    if (!source) throw new Error(`treaty-2024.json: unknown source ${o.sources[0]}`);
    return [
      {
        type,
        article: `Article ${o.article}`,
        summary: o.summary,
        quote: null,
        sourceUrl: source.url,
      },
    ];
  });
  const used = new Set(obligations.map((o) => o.sourceUrl));
  const sources = Object.entries(file.sources)
    .filter(([, s]) => used.has(s.url))
    .map(([key, s]) => ({
      key,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      publishedAt: s.date,
    }));
  return { relation: file.relation, sources, obligations };
}

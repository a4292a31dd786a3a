import { z } from 'zod';
import { ACTOR_KINDS, CLAIM_STATUSES, OBLIGATION_TYPES, RELATION_KIND_VALUES } from '../enums.ts';
import { color, instant, isoDay, koText, partialDay } from './shared.ts';

// Relations and the alliance network (lib/db/relations/reads.ts).

export const relationSchema = z.object({
  key: z.string().nullable().describe('Its key in URLs.'),
  title: z.string(),
  a: z.string().describe('Actor code.'),
  b: z.string().describe('Actor code.'),
  kind: z.enum(RELATION_KIND_VALUES),
  status: z.enum(CLAIM_STATUSES),
  start: isoDay,
  end: isoDay.nullable().describe('Null while in force.'),
  notes: z.string().nullable(),
  version: z.number().int().min(1),
  updatedAt: instant,
  trashedAt: instant.nullable(),
  sources: z.array(
    z.object({
      publisher: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: partialDay.nullable(),
    }),
  ),
  events: z
    .array(z.object({ slug: z.string(), title: z.string(), date: isoDay }))
    .describe('Published events behind the relation.'),
  obligations: z
    .array(
      z.object({
        type: z.enum(OBLIGATION_TYPES),
        article: z.string(),
        summary: z.string(),
        quote: z.string().nullable(),
        sourceUrl: z.string(),
      }),
    )
    .describe('A treaty’s obligations (ATOP types), by article, each with its source.'),
  designations: z
    .array(
      z.object({
        authority: z.string(),
        programme: z.string(),
        party: z.string(),
        listedOn: isoDay,
        legalActUrl: z.string(),
      }),
    )
    .describe('A sanctions regime’s designations.'),
});

export const relationListSchema = z.object({ items: z.array(relationSchema) });

export const allianceNetworkSchema = z.object({
  at: isoDay,
  from: isoDay,
  minEvents: z.number().int(),
  nodes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameKo: koText('The name'),
      kind: z.enum(ACTOR_KINDS),
      color,
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string().describe('The two codes in alphabetical order: KP-RU.'),
      a: z.string(),
      b: z.string(),
      eventCount: z.number().int().describe('Published events naming both, from `from` to `at`.'),
      relations: z.array(relationSchema).describe('In force on `at`, strongest first.'),
    }),
  ),
});

import type { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { actorInputSchema } from './actor.ts';
import { fieldErrorsOf } from './errors.ts';
import { eventInputSchema } from './event.ts';
import { quoteInputSchema } from './quote.ts';
import { relationInputSchema } from './relation.ts';
import { sourceInputSchema } from './source.ts';
import { tagInputSchema } from './tag.ts';
import { tradeObservationInputSchema } from './trade-observation.ts';
import { tokenCreateSchema, userCreateSchema } from './user.ts';

// PostgreSQL text cannot hold U+0000: every string a schema lets through is written or
// searched, so every one must refuse it with its own field named. A new free-text field
// built on z.string() instead of common.ts's `string()` fails here.

const SAMPLES: [string, z.ZodType, Record<string, unknown>][] = [
  [
    'event',
    eventInputSchema,
    {
      slug: 'a-b',
      title: 'Title',
      summary: 'Summary',
      date: '2024-10-23',
      endDate: '2024-10-24',
      location: { name: 'Kursk' },
      notes: 'Notes',
      actors: [{ code: 'KP', role: 'host' }],
      tags: ['military'],
      sources: [{ publisher: 'P', title: 'T', url: 'https://example.org/a', publishedAt: '2024' }],
      quotes: [{ speaker: 'S', role: 'R', text: 'Q', translation: 'T', venue: 'V', date: '2024' }],
      statusReason: 'Because',
      statusSourceUrl: 'https://example.org/b',
    },
  ],
  [
    'source',
    sourceInputSchema,
    { publisher: 'P', title: 'T', url: 'https://e.org', publishedAt: '2024-10' },
  ],
  [
    'quote',
    quoteInputSchema,
    { speaker: 'S', text: 'Q', speakerActor: 'KP', quotedVia: 'V', event: 'a-b', language: 'en' },
  ],
  [
    'actor',
    actorInputSchema,
    { code: 'XX', name: 'N', kind: 'state', color: '#112233', affiliation: 'A', notes: 'N' },
  ],
  ['tag', tagInputSchema, { slug: 'a-b', name: 'N' }],
  [
    'trade observation',
    tradeObservationInputSchema,
    {
      reporter: 'KP',
      partner: 'RU',
      year: 2020,
      flow: 'total',
      valueUsd: 1,
      compiler: 'C',
      source: 1,
      notes: 'N',
    },
  ],
  [
    'relation',
    relationInputSchema,
    {
      a: 'KP',
      b: 'RU',
      kind: 'treaty',
      title: 'T',
      start: '2024-01-01',
      end: '2024-12-31',
      notes: 'N',
      sourceUrls: ['https://example.org/a'],
      eventSlugs: ['a-b'],
    },
  ],
  // The password is hashed, never stored as text: it may hold any character.
  [
    'account',
    userCreateSchema,
    { email: 'a@example.org', name: 'N', role: 'editor', password: 'long-enough-password' },
  ],
  ['API token', tokenCreateSchema, { name: 'N' }],
];

/** Every string in the sample, by its path ('sources.0.url'). */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withNul(sample: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  // In the middle, so trimming cannot remove it.
  const v = at[last] as string;
  at[last] = `${v.slice(0, 1)}\u0000${v.slice(1)}`;
  return copy;
}

describe.each(SAMPLES)('the %s schema', (_name, schema, sample) => {
  test('accepts the sample', () => {
    const result = schema.safeParse(sample);
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({});
  });

  test.each(
    stringPaths(sample)
      .filter((p) => p.join('.') !== 'password')
      .map((p) => [p.join('.'), p] as const),
  )('refuses a NUL character in %s, naming it', (field, path) => {
    const result = schema.safeParse(withNul(sample, [...path]));
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toContain(field);
  });
});

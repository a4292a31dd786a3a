import { z } from 'zod';
import { ACTOR_CODE, ACTOR_PAIR, isoDay as isoDayOf } from './common.ts';
import { RELATION_KIND_VALUES } from './enums.ts';

const isoDay = isoDayOf('Date');

/** /alliances and /api/alliances: the network at a date, events counted over the year before it. */
export const allianceQuerySchema = z
  .object({
    at: isoDay.optional(),
    /** As publicly known on this day: the network on it (unless `at` is earlier), events known by then. */
    asOf: isoDayOf('asOf').optional(),
    /** Start of the period whose events weight the edges; default one year before `at`. */
    from: isoDay.optional(),
    view: z.enum(['network', 'matrix', 'map']).default('network'),
    /** The actor the map colours others by. */
    focus: z.string().regex(ACTOR_CODE, 'must be an actor code like KP').default('KP'),
    /** Pairs without a relation need at least this many shared events to be drawn. */
    minEvents: z.coerce.number().int().min(1).max(1000).default(2),
    /** A selected edge, "KP-RU" (codes in any order). */
    edge: z.string().regex(ACTOR_PAIR, 'must be two actor codes like KP-RU').optional(),
  })
  .refine((q) => !q.at || !q.asOf || q.at <= q.asOf, {
    message: 'must not be after asOf (what was known then says nothing of later dates)',
    path: ['at'],
  })
  .transform(({ at: given, ...q }) => {
    const at = given ?? q.asOf ?? '2024-12-31';
    return {
      ...q,
      at,
      from: q.from ?? new Date(Date.parse(at) - 365 * 86_400_000).toISOString().slice(0, 10),
    };
  })
  .refine((q) => q.from <= q.at, { message: 'must not be after at', path: ['from'] });

export type AllianceQuery = z.infer<typeof allianceQuerySchema>;

export const relationQuerySchema = z.object({
  actor: z.string().regex(ACTOR_CODE, 'must be an actor code like KP').optional(),
  at: isoDay.optional(),
  kind: z.enum(RELATION_KIND_VALUES).optional(),
});

/** /actors/[code]?compare=RU,CN: up to two more actors to compare with. */
export const actorCompareSchema = z.object({
  compare: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [
      ...new Set(
        (Array.isArray(v) ? v : [v])
          .flatMap((s) => s.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().regex(ACTOR_CODE, 'must be actor codes like RU,CN'))
        .max(2, 'compare at most two other actors'),
    )
    .default([]),
});

import { z } from 'zod';
import { msg } from '../i18n/api-messages.ts';
import {
  actorCode,
  optionalText,
  partialDate,
  rowNumber,
  SLUG,
  text,
  withVersion,
} from './common.ts';

// A numeric claim: who said how many of what, about which day, from which source. Low, best
// and high may each be missing ("at least 3,000" is a low bound alone), never all three.

const bound = (label: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.coerce
      .number({ error: msg('mustBeNumber', { label }) })
      .finite(msg('mustBeNumber', { label }))
      .min(0, msg('zeroOrMore', { label }))
      .nullable(),
  );

/** The fields of one estimate as an event's import carries it (the event is the one it sits in). */
export const estimateFieldsSchema = z.object({
  quantity: text('Quantity', 200),
  /** The quantity in Korean; empty: not translated. */
  quantityKo: optionalText('Korean quantity', 200),
  low: bound('Low'),
  best: bound('Best'),
  high: bound('High'),
  unit: text('Unit', 100),
  refersTo: partialDate.describe('The day (or month, or year) the figure is about.'),
  claimant: actorCode('Claimant'),
  notes: optionalText('Notes', 5000),
});

type Bounds = { low: number | null; best: number | null; high: number | null };

/** Refinements shared by every estimate schema: a figure, and bounds in order. */
export function checkBounds(e: Bounds, ctx: z.RefinementCtx, path: (string | number)[] = []) {
  if (e.low === null && e.best === null && e.high === null)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'best'],
      message: msg('giveOneBound'),
    });
  if (e.low !== null && e.high !== null && e.low > e.high)
    ctx.addIssue({ code: 'custom', path: [...path, 'low'], message: msg('lowAboveHigh') });
  if (e.best !== null && e.low !== null && e.best < e.low)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'best'],
      message: msg('bestBelowLow'),
    });
  if (e.best !== null && e.high !== null && e.best > e.high)
    ctx.addIssue({ code: 'custom', path: [...path, 'best'], message: msg('bestAboveHigh') });
}

const estimateObject = estimateFieldsSchema.extend({
  /** The id of the source the figure comes from: no number without a source. */
  source: rowNumber('Source number', msg('sourceRequired')),
  event: z
    .string()
    .trim()
    .regex(SLUG, msg('eventBySlug'))
    .nullish()
    .transform((v) => v || null),
});

export const estimateInputSchema = estimateObject.superRefine((e, ctx) => checkBounds(e, ctx));

export type EstimateInput = z.infer<typeof estimateInputSchema>;
export const estimateUpdateSchema = withVersion(estimateInputSchema);

const SOURCE_INDEX = msg('sourceIndex');

/** An estimate inside an imported event: its source named by key or URL of the event's sources. */
export const importEstimateSchema = estimateFieldsSchema
  .extend({
    /** Index into the event's `sources` (0 = the first); the estimate must cite one of them. */
    source: z.coerce
      .number({ error: SOURCE_INDEX })
      .int(SOURCE_INDEX)
      .min(0, SOURCE_INDEX)
      .max(49, SOURCE_INDEX)
      .default(0),
  })
  .superRefine((e, ctx) => checkBounds(e, ctx));

export type ImportEstimate = z.infer<typeof importEstimateSchema>;

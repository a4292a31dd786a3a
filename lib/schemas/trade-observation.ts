import { z } from 'zod';
import { actorCode, optionalText, rowNumber, text, withVersion } from './common.ts';
import { CONFIDENCE_LEVELS, oneOf, TRADE_FLOWS } from './enums.ts';

// One trade figure as editors and the API write it. Values are nominal US dollars.

export const tradeObservationInputSchema = z
  .object({
    reporter: actorCode('Reporter'),
    partner: actorCode('Partner'),
    year: z.coerce
      .number({ error: 'Year must be a number such as 2019' })
      .int('Year must be a whole year')
      .min(1900, 'Year must be 1900 or later')
      .max(2100, 'Year must be 2100 or earlier'),
    month: z.coerce
      .number({ error: 'Month must be from 1 to 12' })
      .int('Month must be from 1 to 12')
      .min(1, 'Month must be from 1 to 12')
      .max(12, 'Month must be from 1 to 12')
      .nullish()
      .transform((v) => v ?? null),
    flow: z.enum(TRADE_FLOWS, { error: `Flow must be ${oneOf(TRADE_FLOWS)}` }),
    valueUsd: z.coerce
      .number({ error: 'Value must be a number of US dollars' })
      .finite('Value must be a number of US dollars')
      .min(0, 'Value must be 0 or more'),
    compiler: text('Compiler', 200),
    /** The id of the source that reports the figure. */
    source: rowNumber('Source number', 'Source is required (its number)'),
    confidence: z
      .enum(CONFIDENCE_LEVELS, { error: `Confidence must be ${oneOf(CONFIDENCE_LEVELS)}` })
      .default('medium'),
    notes: optionalText('Notes', 5000),
  })
  .refine((t) => t.reporter !== t.partner, {
    path: ['partner'],
    message: 'Reporter and partner must differ',
  });

export type TradeObservationInput = z.infer<typeof tradeObservationInputSchema>;
export const tradeObservationUpdateSchema = withVersion(tradeObservationInputSchema);

/** The period column of the natural key: '2024' or '2024-03'. */
export const periodOf = (t: Pick<TradeObservationInput, 'year' | 'month'>) =>
  t.month ? `${t.year}-${String(t.month).padStart(2, '0')}` : String(t.year);

import { z } from 'zod';
import { PARTIAL_DATE } from '../../dates.ts';

// Field shapes the response schemas share. Dates are calendar days ('YYYY-MM-DD');
// instants are ISO 8601 in UTC.

export const isoDay = z.iso.date();
export const instant = z.iso.datetime();
export const partialDay = z
  .string()
  .regex(PARTIAL_DATE)
  .describe('A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD.');
export const color = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i)
  .nullable()
  .describe('#rrggbb, or null for the default.');

/** A Korean translation beside an English field: null when not translated. */
export const koText = (what: string) =>
  z
    .string()
    .nullable()
    .optional()
    .describe(`${what} in Korean; null when not translated (absent in older revisions).`);

/** Every record the editors write carries these. */
export const recordStamps = {
  version: z.number().int().min(1).describe('Send it back with an update (409 when stale).'),
  updatedAt: instant,
  trashedAt: instant.nullable().describe('Set while the record is in the trash.'),
};

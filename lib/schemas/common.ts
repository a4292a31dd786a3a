import './zod-setup.ts';
import { z } from 'zod';
import { isBeforeMinYear, PARTIAL_DATE, parsePartialDate } from '../dates.ts';
import { msg } from '../i18n/api-messages.ts';

// Field builders shared by the record schemas (event, source, quote, actor, tag, trade
// observation), the query schemas and the import. Messages are written for editors, once,
// in messages/en/api.json (msg); labels are English and listed there too, for translation.

/** U+0000, which PostgreSQL text cannot hold: a write with it fails and a search with it errors. */
export const hasNul = (value: string) => value.includes('\u0000');
export const nulMessage = (label: string) => msg('nul', { label });

/**
 * z.string() for every free-text field: refuses NUL characters, naming the field, so a form,
 * the API and an import row all get a field error instead of a failed write.
 */
export const string = (label: string, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((v) => !hasNul(v), nulMessage(label));

export const YEAR_MESSAGE = msg('year100');
/** Date strings whose year is before 0100 are refused (see MIN_YEAR in lib/dates.ts). */
export const fromYear100 = (v: string) => !isBeforeMinYear(v);

/** PostgreSQL integer columns (ids, versions) stop here; a larger number names no row. */
export const INT4_MAX = 2_147_483_647;

/** A row's number (a source id, a version): a whole number from 1 to INT4_MAX; `message` otherwise. */
export const rowNumber = (label: string, message: string) =>
  z.coerce
    .number({ error: message })
    .int(message)
    .min(1, message)
    .max(INT4_MAX, msg('atMostNumber', { label, max: INT4_MAX }));

export const text = (label: string, max: number) =>
  string(label, { error: msg('required', { label }) })
    .trim()
    .min(1, msg('required', { label }))
    .max(max, msg('maxLength', { label, max }));

export const optionalText = (label: string, max: number) =>
  string(label)
    .trim()
    .max(max, msg('maxLength', { label, max }))
    .nullish()
    .transform((v) => v || null);

/** Only http(s) links: no javascript:, data: or other schemes that could run script. */
export const safeUrl = string('URL')
  .trim()
  .max(2000, msg('maxLength', { label: 'URL', max: 2000 }))
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, msg('urlScheme'));

export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, msg('partialDateFormat'))
  .refine(fromYear100, YEAR_MESSAGE)
  .refine((v) => parsePartialDate(v) !== null, msg('dateMissing'));
export const optionalPartialDate = partialDate.nullish().transform((v) => v || null);

/** A record's slug (events, tags, relation keys): lower-case letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A tag slug as a URL filter names one. Looser than SLUG on purpose: a filter value that
 * names no tag matches nothing instead of failing the page; it only keeps out what could
 * never be a slug (upper case, spaces, punctuation).
 */
export const SLUG_FILTER = /^[a-z0-9][a-z0-9-]*$/;

/** A slug field; `lowerCase` folds capitals first (tags), else they are refused (event slugs). */
export const slug = (label: string, max: number, message: string, lowerCase = false) => {
  const trimmed = z.string({ error: msg('required', { label }) }).trim();
  return (lowerCase ? trimmed.toLowerCase() : trimmed)
    .max(max, msg('maxLength', { label, max }))
    .regex(SLUG, message);
};

export const ACTOR_CODE = /^[A-Z][A-Z0-9_]*$/;
/** Two actor codes joined by a hyphen: a trade series (KP-CN) or an alliance edge (KP-RU). */
export const ACTOR_PAIR = new RegExp(
  `^${ACTOR_CODE.source.slice(1, -1)}-${ACTOR_CODE.source.slice(1, -1)}$`,
);

export const actorCode = (label: string) =>
  z
    .string({ error: msg('required', { label }) })
    .trim()
    .toUpperCase()
    .max(20, msg('maxLength', { label, max: 20 }))
    .regex(ACTOR_CODE, msg('actorCode', { label }));

/** A calendar day written YYYY-MM-DD that exists (no 2024-02-30), year 0100 or later. */
export const isoDay = (label: string) =>
  z
    .string({ error: msg('required', { label }) })
    .refine(fromYear100, YEAR_MESSAGE)
    .refine((v) => ISO_DAY.test(v) && parsePartialDate(v) !== null, msg('isoDay', { label }));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An update names the version it was based on (optimistic concurrency). */
export const withVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(schema, z.object({ version: rowNumber('Version', msg('versionRequired')) }));

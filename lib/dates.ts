// Dates in this product are calendar dates, not instants: stored as SQL DATE, carried as
// 'YYYY-MM-DD' strings, and always handled in UTC so no time zone shifts a day.

import type { DatePrecision } from './schemas/enums.ts';

export type { DatePrecision };

export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The earliest year a date may have. Years 0000–0099 are refused (lib/schemas says so to the
 * editor), not stored: PostgreSQL has no year 0, and every year before 100 is far outside
 * what this product records, so one is a typo (0024 for 2024) worth naming.
 */
export const MIN_YEAR = 100;

/** True for a date string whose year (its first four digits) comes before MIN_YEAR. */
export const isBeforeMinYear = (value: string) =>
  /^\d{4}/.test(value) && Number(value.slice(0, 4)) < MIN_YEAR;

/**
 * Midnight UTC of a calendar day. Unlike Date.UTC, which reads years 0–99 as 1900–1999
 * (0024 became 1924), this keeps any year as given; month and day may roll over as with Date.UTC.
 */
export function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** '2024' | '2024-10' | '2024-10-23' → the first day it covers and its precision. */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = utcDay(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  // Reject days that roll over (2023-02-30 → March).
  if (d && date.getUTCDate() !== Number(d)) return null;
  return { date, precision: d ? 'day' : mo ? 'month' : 'year' };
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date as precise as it is known: '2024', '2024-10' or '2024-10-23'. */
export function toPartialDate(date: Date, precision: DatePrecision): string {
  const iso = toIsoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const DAY_OPTIONS = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH_OPTIONS = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const YEAR_OPTIONS = { year: 'numeric', timeZone: 'UTC' } as const;

/** The Intl locale for a site language: English dates stay British ('23 October 2024'). */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

const formats = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options =
      precision === 'year' ? YEAR_OPTIONS : precision === 'month' ? MONTH_OPTIONS : DAY_OPTIONS;
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/**
 * For readers: '2006', 'September 2012', '23 October 2024'; in Korean ('ko') '2006년',
 * '2012년 9월', '2024년 10월 23일'.
 */
export function formatDate(date: Date, precision: DatePrecision, locale = 'en'): string {
  if (precision === 'year' && locale === 'en') return String(date.getUTCFullYear());
  return formatterFor(locale, precision).format(date);
}

/**
 * The end of a Korean range without what it shares with the start ('11월 2일', '13일').
 * Written out here rather than by Intl's formatRange, whose spacing differs between ICU
 * versions (Node '9일~11일', Chromium '9일 ~ 11일'), and the page's HTML must hydrate.
 */
function shortEnd(start: Date, end: Date, precision: DatePrecision, locale: string): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  if (!sameYear || precision === 'year') return formatDate(end, precision, locale);
  const sameMonth = start.getUTCMonth() === end.getUTCMonth();
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? { month: 'long', timeZone: 'UTC' }
      : sameMonth
        ? { day: 'numeric', timeZone: 'UTC' }
        : { month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(end);
}

/** '8 October 2024 – 13 October 2024'; in Korean '2024년 10월 8일~13일'. */
export function formatDateRange(
  start: Date,
  end: Date | null,
  precision: DatePrecision,
  locale = 'en',
): string {
  if (!end || toIsoDate(end) === toIsoDate(start)) return formatDate(start, precision, locale);
  if (locale !== 'en')
    return `${formatDate(start, precision, locale)}~${shortEnd(start, end, precision, locale)}`;
  return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
}

const stamps = new Map<string, Intl.DateTimeFormat>();

/**
 * When an editor saved something, to the minute in UTC (the zone every date here is kept
 * in): '2 Dec 2026, 16:35'; in Korean '2026. 12. 2. 오후 4:35'. The caller says "UTC".
 */
export function formatTimestamp(date: Date, locale = 'en'): string {
  let format = stamps.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    stamps.set(locale, format);
  }
  return format.format(date);
}

/** Said of a date nobody recorded, by language. */
const UNKNOWN_DATE: Record<string, string> = { en: 'date unknown', ko: '날짜 미상' };

/** Formats a partial ISO date string for readers; unknown or malformed input is shown as given. */
export function formatPartialDate(value: string | null, locale = 'en'): string {
  if (!value) return UNKNOWN_DATE[locale] ?? UNKNOWN_DATE.en;
  const parsed = parsePartialDate(value);
  return parsed ? formatDate(parsed.date, parsed.precision, locale) : value;
}

/** The last day a partial date covers: 2024 → 2024-12-31, 2024-02 → 2024-02-29. */
export function periodEnd(start: Date, precision: 'day' | 'month' | 'year'): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (precision === 'year') return utcDay(y, 11, 31);
  if (precision === 'month') return utcDay(y, m + 1, 0);
  return start;
}

import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { textWidth } from './pack.ts';

// Axis ticks for the timeline, on two levels: the small unit on every tick (days, months,
// years) and the larger unit named once above it (the month and year above days, the year
// above months). The step is the finest whose labels, at their estimated width, never touch;
// labels are UTC so no time zone moves a day.

type AxisLevel = 'decades' | 'years' | 'months' | 'days';

const YEAR = 365.25 * 86_400_000;
const LEVELS: { level: AxisLevel; minSpan: number }[] = [
  { level: 'decades', minSpan: 40 * YEAR },
  { level: 'years', minSpan: 3 * YEAR },
  { level: 'months', minSpan: 90 * 86_400_000 },
  { level: 'days', minSpan: 0 },
];

/** The name of the window's scale, as the toolbar states it. */
export function axisLevel(spanMs: number): AxisLevel {
  return LEVELS.find((l) => spanMs >= l.minSpan)!.level;
}

interface Step {
  /** The finest window scale this step is used at: days never label a window of years. */
  unit: 'days' | 'months' | 'years';
  interval: TimeInterval;
  format: (d: Date) => string;
  /** The larger unit named once above, if any. */
  major: { interval: TimeInterval; format: (d: Date) => string } | null;
}

/** Month names in the reader's language: English by d3 ('Oct', 'October 2024'), others by Intl ('10월', '2024년 10월'). */
function monthFormats(locale: string) {
  if (locale === 'en') return { short: utcFormat('%b'), withYear: utcFormat('%B %Y') };
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const withYear = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { short: (d: Date) => short.format(d), withYear: (d: Date) => withYear.format(d) };
}
const monthMajor = { interval: utcYear, format: utcFormat('%Y') };
/** Every k-th day of the month from the 1st, leaving out a last one closer than k days to the next 1st. */
const everyDays = (k: number) =>
  utcDay.filter((d) => {
    const day = d.getUTCDate();
    const monthDays = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    return (day - 1) % k === 0 && day + k <= monthDays + 1;
  }) as TimeInterval;
const everyYears = (k: number) =>
  utcYear.filter((d) => d.getUTCFullYear() % k === 0) as TimeInterval;

function stepsFor(locale: string): Step[] {
  const months = monthFormats(locale);
  const dayMajor = { interval: utcMonth, format: months.withYear };
  return [
    { unit: 'days', interval: utcDay, format: utcFormat('%-d'), major: dayMajor },
    ...[2, 7, 14].map((k) => ({
      unit: 'days' as const,
      interval: everyDays(k),
      format: utcFormat('%-d'),
      major: dayMajor,
    })),
    { unit: 'months', interval: utcMonth, format: months.short, major: monthMajor },
    ...[3, 6].map((k) => ({
      unit: 'months' as const,
      interval: utcMonth.every(k)!,
      format: months.short,
      major: monthMajor,
    })),
    ...[1, 2, 5, 10, 20, 50, 100].map((k) => ({
      unit: 'years' as const,
      interval: k === 1 ? utcYear : everyYears(k),
      format: utcFormat('%Y'),
      major: null,
    })),
  ];
}

const stepsByLocale = new Map<string, Step[]>();
function steps(locale: string): Step[] {
  let list = stepsByLocale.get(locale);
  if (!list) stepsByLocale.set(locale, (list = stepsFor(locale)));
  return list;
}

/** Space kept between two labels of one row, in pixels. */
const LABEL_GAP = 10;
const MAX_TICKS = 400;

export interface AxisTicks {
  level: AxisLevel;
  ticks: { t: number; label: string }[];
  /** The larger unit's labels; `t` may be the window's start for the period already under way. */
  major: { t: number; label: string }[];
}

/** Ticks for [start, end) drawn across `width` pixels, named in `locale`. */
export function axisTicks(start: number, end: number, width: number, locale = 'en'): AxisTicks {
  const px = (t: number) => ((t - start) / (end - start)) * width;
  const level = axisLevel(end - start);
  const finest = level === 'days' ? 0 : level === 'months' ? 1 : 2;
  const order = ['days', 'months', 'years'];
  for (const step of steps(locale)) {
    if (order.indexOf(step.unit) < finest) continue;
    const days = step.interval.range(new Date(start), new Date(end));
    if (days.length > MAX_TICKS) continue;
    // Each label must fit before the next tick of its step (the narrowest gap decides).
    const fits = days.every((d, i) => {
      const next = i + 1 < days.length ? +days[i + 1] : +step.interval.offset(d, 1);
      return textWidth(step.format(d)) + LABEL_GAP <= px(next) - px(+d);
    });
    if (!fits) continue;
    return {
      level,
      ticks: days.map((d) => ({ t: +d, label: step.format(d) })),
      major: step.major ? majorTicks(step.major, start, end, px) : [],
    };
  }
  return { level, ticks: [], major: [] };
}

function majorTicks(
  major: NonNullable<Step['major']>,
  start: number,
  end: number,
  px: (t: number) => number,
): { t: number; label: string }[] {
  const list = major.interval
    .range(new Date(start), new Date(end))
    .map((d) => ({ t: +d, label: major.format(d) }));
  // The period the window opens in, named at its left edge when there is room before the next.
  const first = major.interval.floor(new Date(start));
  if (+first < start) {
    const label = major.format(first);
    const room = list.length ? px(list[0].t) : Infinity;
    if (textWidth(label) + LABEL_GAP <= room) list.unshift({ t: start, label });
  }
  // Drop a boundary label that would run into the next one.
  return list.filter(
    (m, i) => i + 1 >= list.length || textWidth(m.label) + LABEL_GAP <= px(list[i + 1].t) - px(m.t),
  );
}

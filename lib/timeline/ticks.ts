import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

// Axis ticks for the timeline. The level (decades, years, months, days) follows the window
// span, so zooming visibly re-labels the axis; labels are UTC so no time zone moves a day.

type AxisLevel = 'decades' | 'years' | 'months' | 'days';

const YEAR = 365.25 * 86_400_000;
const LEVELS: {
  level: AxisLevel;
  minSpan: number;
  format: (d: Date) => string;
  interval: CountableTimeInterval;
}[] = [
  { level: 'decades', minSpan: 40 * YEAR, format: utcFormat('%Y'), interval: utcYear },
  { level: 'years', minSpan: 3 * YEAR, format: utcFormat('%Y'), interval: utcYear },
  { level: 'months', minSpan: 90 * 86_400_000, format: utcFormat('%b %Y'), interval: utcMonth },
  { level: 'days', minSpan: 0, format: utcFormat('%-d %b %Y'), interval: utcDay },
];

export function axisLevel(spanMs: number): AxisLevel {
  return LEVELS.find((l) => spanMs >= l.minSpan)!.level;
}

/** At most about one tick per 75 px, each on a boundary of the level's unit. */
export function axisTicks(
  start: number,
  end: number,
  width: number,
): { level: AxisLevel; ticks: { t: number; label: string }[] } {
  const spec = LEVELS.find((l) => end - start >= l.minSpan)!;
  const scale = scaleUtc().domain([start, end]).range([0, width]);
  const wanted = Math.max(2, Math.floor(width / 75));
  const ticks = scale.ticks(wanted).filter((d) => +spec.interval.floor(d) === +d);
  const list = ticks.length ? ticks : [spec.interval.ceil(new Date(start))];
  return { level: spec.level, ticks: list.map((d) => ({ t: +d, label: spec.format(d) })) };
}

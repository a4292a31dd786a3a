import './zod-setup.ts';
import { z } from 'zod';
import { ACTOR_CODE, ACTOR_PAIR, SLUG_FILTER } from './common.ts';
import { oneOf, TRADE_FLOWS } from './enums.ts';

// The trade chart's view, as it appears in the URL of /charts/trade, /embed/charts/trade,
// /api/trade and /api/charts/trade.{svg,png,csv}: one schema for all of them.

export const DEFAULT_SERIES = ['KP-CN', 'KP-RU'];
const MAX_SERIES = 6;

/** 'a,b' or repeated parameters → a trimmed, de-duplicated list. */
export function csvList(pattern: RegExp, what: string, max: number) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [
      ...new Set(
        (Array.isArray(v) ? v.join(',') : v)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              pattern,
              `Each ${what} must look like ${what === 'series' ? 'KP-CN' : what === 'actor' ? 'RU' : 'sanctions'}`,
            ),
        )
        .max(max, `At most ${max} ${what} values`),
    );
}

/** The years a chart can show: the trade figures start in the 1950s. */
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;

export const year = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a year such as 2015` })
    .int(`${name} must be a whole year`)
    .min(YEAR_MIN, `${name} must be ${YEAR_MIN} or later`)
    .max(YEAR_MAX, `${name} must be ${YEAR_MAX} or earlier`);

export const tradeQuerySchema = z
  .object({
    series: csvList(ACTOR_PAIR, 'series', MAX_SERIES)
      .refine((s) => s.length > 0, 'Choose at least one series')
      .default(DEFAULT_SERIES),
    flow: z.enum(TRADE_FLOWS, { message: `flow must be ${oneOf(TRADE_FLOWS)}` }).default('total'),
    from: year('from').optional(),
    to: year('to').optional(),
    scale: z.enum(['linear', 'log'], { message: 'scale must be linear or log' }).default('linear'),
    mode: z
      .enum(['absolute', 'yoy'], { message: 'mode must be absolute or yoy' })
      .default('absolute'),
    chart: z.enum(['line', 'bar'], { message: 'chart must be line or bar' }).default('line'),
    /**
     * auto: series whose scales differ more than about 20× get a panel each, with its own
     * axis (small multiples); shared: one axis for all (as does a log scale).
     */
    axes: z.enum(['auto', 'shared'], { message: 'axes must be auto or shared' }).default('auto'),
    /** Marker events by tag and/or actor; none given: each series shows the events of its two actors. */
    tag: csvList(SLUG_FILTER, 'tag', 10).optional(),
    actor: csvList(ACTOR_CODE, 'actor', 10).optional(),
    markers: z.enum(['on', 'off'], { message: 'markers must be on or off' }).default('on'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'to must not be before from',
  })
  .refine((q) => !(q.scale === 'log' && q.mode === 'yoy'), {
    path: ['scale'],
    message: 'A log scale needs absolute values: year-on-year changes can be negative',
  });

export type TradeQuery = z.infer<typeof tradeQuerySchema>;

/** The query back as URL parameters, defaults left out, so links stay short and stable. */
export function tradeQueryToParams(q: TradeQuery): URLSearchParams {
  const p = new URLSearchParams();
  p.set('series', q.series.join(','));
  if (q.flow !== 'total') p.set('flow', q.flow);
  if (q.from !== undefined) p.set('from', String(q.from));
  if (q.to !== undefined) p.set('to', String(q.to));
  if (q.scale !== 'linear') p.set('scale', q.scale);
  if (q.mode !== 'absolute') p.set('mode', q.mode);
  if (q.chart !== 'line') p.set('chart', q.chart);
  if (q.axes !== 'auto') p.set('axes', q.axes);
  if (q.tag?.length) p.set('tag', q.tag.join(','));
  if (q.actor?.length) p.set('actor', q.actor.join(','));
  if (q.markers !== 'on') p.set('markers', q.markers);
  return p;
}

/** The query string for links: commas left readable (series=KP-CN,KP-RU). */
export function tradeQueryString(q: TradeQuery): string {
  return tradeQueryToParams(q).toString().replace(/%2C/g, ',');
}

/** Plain-object form of URLSearchParams / Next's searchParams for safeParse. */
export function searchParamsToObject(
  sp: Record<string, string | string[] | undefined> | URLSearchParams,
) {
  if (sp instanceof URLSearchParams) {
    const out: Record<string, string | string[]> = {};
    for (const key of new Set(sp.keys())) {
      const all = sp.getAll(key);
      out[key] = all.length > 1 ? all : all[0];
    }
    return out;
  }
  return Object.fromEntries(Object.entries(sp).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | string[]
  >;
}

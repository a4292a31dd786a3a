import { createTranslator } from 'next-intl';
import en from '../../messages/en/charts.json' with { type: 'json' };
import ko from '../../messages/ko/charts.json' with { type: 'json' };
import { formatPartialDate } from '../dates.ts';
import type { Locale } from '../i18n/localized.ts';
import type { ActivityChart } from './activity.ts';
import { describeClaim, type EstimateChart } from './estimates.ts';
import type { TradeFlow } from '../schemas/enums.ts';
import type { TradeChart } from './trade-chart.ts';
import type { CautionNote } from './trade.ts';
import { shortTitle } from './trade-annotations.ts';

// The words a chart carries with it (title, units, key, footer) in the reader's language,
// from the `charts` catalogue: the page, the server SVG/PNG and the CSV all print these, so
// a Korean page and `?lang=ko` exports say the same. The charts are built in English
// (lib/charts/*); these rewrite the words from the chart's own fields, and chart-texts.test
// checks that English comes out as built.

const CATALOGUES = { en, ko };

/** A translator over the `charts` namespace, usable outside a request (API routes, tests). */
export function chartsTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: { charts: CATALOGUES[locale] },
    namespace: 'charts',
  });
}

/** A page's path in `locale` (English keeps the unprefixed address). */
export function localePath(path: string, locale: Locale): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

const span = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

/** A point's caution in `locale`, from its parts (English: as lib/charts/trade.ts words it). */
export function cautionIn(notes: readonly CautionNote[], locale: Locale): string | null {
  if (!notes.length) return null;
  const t = chartsTranslator(locale);
  return notes
    .map((n) =>
      n.kind === 'lowConfidence'
        ? t('trade.cautions.lowConfidence', { note: n.note })
        : n.kind === 'derived'
          ? t('trade.cautions.derived', { compiler: n.compiler })
          : t(`trade.cautions.${n.kind}`, { year: String(n.year) }),
    )
    .join(t('trade.cautions.joiner'));
}

/** Series and markers named in Korean (actor names, event titles), points' cautions worded. */
function koreanNames(chart: TradeChart): TradeChart {
  return {
    ...chart,
    series: chart.series.map((s) => ({
      ...s,
      label: s.labelKo,
      reporter: s.reporterKo,
      points: s.points.map((p) => ({ ...p, caution: cautionIn(p.cautions, 'ko') })),
    })),
    markers: chart.markers.map((m) =>
      m.titleKo ? { ...m, title: m.titleKo, label: shortTitle(m.titleKo) } : m,
    ),
  };
}

/** `flow` is the query's: the chart names it only in its English title. */
export function localizeTradeChart(built: TradeChart, flow: TradeFlow, locale: Locale): TradeChart {
  const t = chartsTranslator(locale);
  const chart = locale === 'ko' ? koreanNames(built) : built;
  const reporter = chart.series[0]?.reporter ?? '';
  const sameReporter = chart.series.every((s) => s.reporter === reporter);
  const names = chart.series.map((s) => s.label).join(', ');
  const footer = chart.series.map((s) => {
    const parts = s.compilers.map((c) => `${c.family} (${span(c.from, c.to)})`);
    return t('trade.compiledBy', {
      label: s.label,
      compilers: parts.join(', ') || t('trade.nobody'),
      breaks: s.breaks.length
        ? t('trade.breaks', { years: s.breaks.map((b) => b.year).join(', ') })
        : '',
    });
  });
  if (chart.sources.length) footer.push(t('trade.sourceCount', { count: chart.sources.length }));
  return {
    ...chart,
    title: t('trade.title', {
      flow,
      direction: sameReporter ? flow : 'total',
      reporter,
      names: names || t('trade.noSeries'),
      from: String(chart.from),
      to: String(chart.to),
    }),
    units: t(chart.mode === 'yoy' ? 'trade.unitsYoy' : 'trade.unitsAbsolute'),
    key: t('trade.key'),
    footer,
  };
}

export function localizeActivityChart(built: ActivityChart, locale: Locale): ActivityChart {
  const t = chartsTranslator(locale);
  const chart =
    locale === 'ko'
      ? { ...built, series: built.series.map((s) => ({ ...s, label: s.labelKo })) }
      : built;
  return {
    ...chart,
    title: t('activity.title', {
      bucket: chart.bucket,
      by: chart.by,
      names: chart.series.map((s) => s.label).join(', ') || t('activity.none'),
      from: String(chart.from),
      to: String(chart.to),
    }),
    units: t('activity.units'),
    footer: [t('activity.footer', { total: chart.total })],
  };
}

/** A unit of count in `locale` ("soldiers" → "명"); units the catalogue lacks stay as entered. */
export function unitIn(unit: string, locale: Locale): string {
  const names: Record<string, string> = CATALOGUES[locale].estimates.claims.unitNames;
  return Object.hasOwn(names, unit) ? names[unit] : unit;
}

/**
 * The claim in words in `locale`: "10,000", "at least 3,000", "4,000 (3,000–5,000)"; a unit
 * goes after the first figure. English is describeClaim's (lib/charts/estimates.ts).
 */
export function claimIn(
  e: { low: number | null; best: number | null; high: number | null },
  unit: string | undefined,
  locale: Locale,
): string {
  if (locale === 'en') return describeClaim(e, unit);
  const t = chartsTranslator(locale);
  const n = (v: number) => v.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
  const u = unit ? unitIn(unit, locale) : '';
  // Korean counters (명) follow the figure directly; a unit left in English keeps its space.
  const withUnit = (s: string) => (!u ? s : /^[가-힣]/.test(u) ? `${s}${u}` : `${s} ${u}`);
  const range =
    e.low !== null && e.high !== null
      ? `${n(e.low)}–${n(e.high)}`
      : e.low !== null
        ? t('estimates.claims.atLeast', { n: n(e.low) })
        : e.high !== null
          ? t('estimates.claims.atMost', { n: n(e.high) })
          : '';
  if (e.best !== null) return range ? `${withUnit(n(e.best))} (${range})` : withUnit(n(e.best));
  return range && withUnit(range);
}

/** Claimants, claims, units, quantity and event titles in Korean. */
function koreanEstimates(chart: EstimateChart): EstimateChart {
  return {
    ...chart,
    quantity: chart.quantityKo ?? chart.quantity,
    unitNames: chart.unitNames.map((u) => unitIn(u, 'ko')),
    series: chart.series.map((s) => ({
      ...s,
      label: s.labelKo,
      points: s.points.map((p) => ({
        ...p,
        label: claimIn(p, undefined, 'ko'),
        claim: claimIn(p, p.unit, 'ko'),
        unit: unitIn(p.unit, 'ko'),
        event: p.event && { ...p.event, title: p.event.titleKo || p.event.title },
      })),
    })),
  };
}

export function localizeEstimateChart(built: EstimateChart, locale: Locale): EstimateChart {
  const t = chartsTranslator(locale);
  const chart = locale === 'ko' ? koreanEstimates(built) : built;
  return {
    ...chart,
    title: t('estimates.title', { quantity: chart.quantity ?? t('estimates.every') }),
    units: t('estimates.units', {
      units: chart.unitNames.join(', ') || t('estimates.count'),
    }),
    footer: [
      t('estimates.footer', { count: chart.claims }),
      ...(chart.asOf
        ? [t('estimates.footerAsOf', { date: formatPartialDate(chart.asOf, locale) })]
        : []),
    ],
  };
}

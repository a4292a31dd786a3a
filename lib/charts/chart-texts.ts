import { createTranslator } from 'next-intl';
import en from '../../messages/en/charts.json' with { type: 'json' };
import ko from '../../messages/ko/charts.json' with { type: 'json' };
import { formatPartialDate } from '../dates.ts';
import type { Locale } from '../i18n/localized.ts';
import type { ActivityChart } from './activity.ts';
import type { EstimateChart } from './estimates.ts';
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

export function localizeEstimateChart(chart: EstimateChart, locale: Locale): EstimateChart {
  const t = chartsTranslator(locale);
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

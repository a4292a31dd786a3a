import { plottedRows } from '@/lib/charts/trade-chart.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { loadTradeChartOr400 } from '@/lib/charts/load-trade.ts';
import { tradeQuerySchema, type TradeQuery } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';

// GET /api/trade?series=KP-CN,KP-RU&from&to&flow&mode: annual series with gaps, compilers and sources (public)
export const GET = handler(async (request: Request) => {
  const query = parseQuery(tradeQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, () => tradeJson(query), { keep: true });
});

async function tradeJson(query: TradeQuery) {
  const chart = await loadTradeChartOr400(query);
  return Response.json({
    title: chart.title,
    units: chart.units,
    mode: chart.mode,
    scale: chart.scale,
    kind: chart.kind,
    axes: chart.axes,
    panels: chart.panels,
    from: chart.from,
    to: chart.to,
    series: chart.series,
    markers: chart.markers,
    footer: chart.footer,
    sources: chart.sources,
    key: chart.key,
    path: chart.path,
    fileBase: chart.fileBase,
    rows: plottedRows(chart).map(({ series, point }) => ({
      series,
      year: point.year,
      value: point.value,
      valueUsd: point.valueUsd,
      compiler: point.compiler,
    })),
  });
}

import { activityCsv, activitySvg } from '@/lib/charts/activity-export.ts';
import { estimatesCsv, estimatesSvg } from '@/lib/charts/estimates-export.ts';
import { loadEstimateChart } from '@/lib/charts/load-estimates.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';
import { svgToPng } from '@/lib/charts/raster.ts';
import { tradeCsv } from '@/lib/charts/trade-csv.ts';
import { tradeSvg } from '@/lib/charts/trade-svg.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { chartDataVersion } from '@/lib/charts/data-version.ts';
import { BadRequest, NotFound } from '@/lib/errors.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { loadActivityChart } from '@/lib/charts/load-activity.ts';
import { loadTradeChartOr400 } from '@/lib/charts/load-trade.ts';
import { activityQuerySchema } from '@/lib/schemas/activity.ts';
import { tradeQuerySchema } from '@/lib/schemas/trade.ts';
import { siteUrl } from '@/lib/env.ts';
import {
  localizeActivityChart,
  localizeEstimateChart,
  localizeTradeChart,
} from '@/lib/charts/chart-texts.ts';
import { langParam } from '@/lib/i18n/lang-param.ts';

export const dynamic = 'force-dynamic';

const TYPES = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
} as const;

/** SVG and CSV writers per chart, each fed the page's own query. */
/** `origin` is the site's public address (SITE_URL), never the address the request came in on. */
async function render(name: string, params: URLSearchParams, origin: string) {
  const locale = langParam(params);
  if (name === 'trade') {
    const query = parseQuery(tradeQuerySchema, params);
    const chart = localizeTradeChart(await loadTradeChartOr400(query), query.flow, locale);
    return {
      fileBase: chart.fileBase,
      version: chartDataVersion(chart),
      svg: () => tradeSvg(chart, origin, locale),
      csv: () => tradeCsv(chart, origin, locale),
    };
  }
  if (name === 'estimates') {
    const loaded = await loadEstimateChart(parseQuery(estimateQuerySchema, params));
    const chart = localizeEstimateChart(loaded, locale);
    return {
      fileBase: chart.fileBase,
      svg: () => estimatesSvg(chart, origin, locale),
      csv: () => estimatesCsv(chart, origin, locale),
    };
  }
  const loaded = await loadActivityChart(parseQuery(activityQuerySchema, params));
  if (loaded.unknown.length)
    throw new BadRequest({ keys: `No actor or tag ${loaded.unknown.join(', ')}` });
  const chart = localizeActivityChart(loaded.chart, locale);
  return {
    fileBase: chart.fileBase,
    version: chartDataVersion(chart),
    svg: () => activitySvg(chart, origin, locale),
    csv: () => activityCsv(chart, origin, locale),
  };
}

// GET /api/charts/{trade,activity,estimates}.{svg,png,csv}?<the page's query>[&lang=ko]: the chart
// without a browser (public)
export const GET = handler(
  async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const match = /^(trade|activity|estimates)\.(svg|png|csv)$/.exec((await params).file);
    if (!match) throw new NotFound('Chart');
    const format = match[2] as keyof typeof TYPES;
    const url = new URL(request.url);
    // Rendering (a PNG above all) costs far more than the query, so the bytes are kept.
    return withValidators(
      request,
      async () => {
        const out = await render(match[1], url.searchParams, siteUrl());
        const body =
          format === 'csv'
            ? out.csv()
            : format === 'svg'
              ? out.svg()
              : new Uint8Array(svgToPng(out.svg()));
        return new Response(body, {
          headers: {
            'Content-Type': TYPES[format],
            'Content-Disposition': `inline; filename="${out.fileBase}.${format}"`,
            // The figures' version, as the chart page shows it (lib/charts/data-version.ts).
            ...(out.version && { 'X-Data-Version': out.version }),
          },
        });
      },
      { keep: true },
    );
  },
);

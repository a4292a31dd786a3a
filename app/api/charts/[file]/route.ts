import { svgToPng } from '@/lib/charts/raster.ts';
import { tradeCsv } from '@/lib/charts/trade-csv.ts';
import { tradeSvg } from '@/lib/charts/trade-svg.ts';
import { NotFound } from '@/lib/http/errors.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { loadTradeChartOr400 } from '@/lib/http/trade-chart.ts';
import { tradeQuerySchema } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';

const TYPES = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;

// GET /api/charts/trade.{svg,png,csv}?<the page's query>: the chart without a browser (public)
export const GET = handler(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const match = /^trade\.(svg|png|csv)$/.exec(file);
  if (!match) throw new NotFound('Chart');
  const format = match[1] as keyof typeof TYPES;
  const url = new URL(request.url);
  const chart = await loadTradeChartOr400(parseQuery(tradeQuerySchema, url.searchParams));
  const svg = format === 'csv' ? '' : tradeSvg(chart, url.origin);
  const body = format === 'csv' ? tradeCsv(chart, url.origin) : format === 'svg' ? svg : new Uint8Array(svgToPng(svg));
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `inline; filename="${chart.fileBase}.${format}"`,
      'Cache-Control': 'public, max-age=60',
    },
  });
});

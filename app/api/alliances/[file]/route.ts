import { networkCsv, networkFileBase, networkSvg } from '@/lib/alliances/export.ts';
import { allianceHref } from '@/lib/alliances/url.ts';
import { svgToPng } from '@/lib/charts/raster.ts';
import { getAllianceAnchors, getAllianceNetwork } from '@/lib/db/relations/reads.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { NotFound } from '@/lib/errors.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { allianceQuerySchema } from '@/lib/schemas/alliance.ts';
import { siteUrl } from '@/lib/env.ts';
import { langParam } from '@/lib/i18n/lang-param.ts';
import { localePath } from '@/lib/charts/chart-texts.ts';

export const dynamic = 'force-dynamic';

const TYPES = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
} as const;

// GET /api/alliances/network.{svg,png,csv}?<the page's query>[&lang=ko]: the network for
// reports (public), its words and names in the language asked for
export const GET = handler(
  async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const match = /^network\.(svg|png|csv)$/.exec((await params).file);
    if (!match) throw new NotFound('Export');
    const format = match[1] as keyof typeof TYPES;
    const url = new URL(request.url);
    const locale = langParam(url.searchParams);
    const query = parseQuery(allianceQuerySchema, url.searchParams);
    return withValidators(
      request,
      async () => {
        const [network, anchors] = await Promise.all([
          getAllianceNetwork(query.at, query.from, query.minEvents, query.asOf),
          getAllianceAnchors(query.minEvents),
        ]);
        const data = {
          ...query,
          ...network,
          anchors: new Map(Object.entries(anchors)),
          link: siteUrl() + localePath(allianceHref({ ...query, view: 'network' }), locale),
          locale,
        };
        const body =
          format === 'csv'
            ? networkCsv(data)
            : format === 'svg'
              ? networkSvg(data)
              : new Uint8Array(svgToPng(networkSvg(data)));
        return new Response(body, {
          headers: {
            'Content-Type': TYPES[format],
            'Content-Disposition': `attachment; filename="${networkFileBase(query)}.${format}"`,
          },
        });
      },
      { keep: true },
    );
  },
);

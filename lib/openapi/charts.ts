import { activityQuerySchema } from '../schemas/activity.ts';
import { tradeQuerySchema } from '../schemas/trade.ts';
import { badQuery, file, notModified, ok, READ, validated } from './common.ts';
import { queryParameters } from './parameters.ts';

// Trade figures as data, and the trade and activity charts as files (the pages' own queries).

const tradeQuery = queryParameters(tradeQuerySchema, {
  series: 'Reporter–partner pairs: KP-CN,KP-RU (at most 6).',
  flow: 'Total trade, exports or imports (of the reporter).',
  from: 'First year.',
  to: 'Last year.',
  scale: 'Linear or logarithmic axis (log needs mode absolute).',
  mode: 'Absolute US dollars, or percent change year on year.',
  chart: 'Line or bar chart.',
  axes: 'auto: series whose scales differ more than 20× get a panel each (own axis); shared: one axis.',
  tag: 'Event markers with these tag slugs (instead of the events of each series’ actors).',
  actor: 'Event markers naming these actor codes.',
  markers: 'off: no event markers.',
});

const activityQuery = queryParameters(activityQuerySchema, {
  by: 'Count per actor or per tag.',
  keys: 'Actor codes or tag slugs (at most 8; default KP,RU,CN or military,diplomacy,sanctions).',
  bucket: 'Count per year or per month.',
  from: 'First year.',
  to: 'Last year.',
  chart: 'Bar or line chart.',
});

const FORMATS = {
  svg: ['image/svg+xml', 'text', 'SVG'],
  png: ['image/png', 'binary', 'PNG (twice the SVG size)'],
  csv: ['text/csv', 'text', 'CSV of the values drawn (title, footer and link first, as # lines)'],
} as const;

const CHARTS = {
  trade: { title: 'Trade', parameters: tradeQuery, what: 'Annual trade figures per pair' },
  activity: {
    title: 'Activity',
    parameters: activityQuery,
    what: 'Published events per year or month by actor or tag',
  },
} as const;

const chartFiles = Object.fromEntries(
  Object.entries(CHARTS).flatMap(([chart, { title, parameters, what }]) =>
    Object.entries(FORMATS).map(([ext, [type, format, label]]) => [
      `/api/charts/${chart}.${ext}`,
      {
        get: {
          operationId: `get${title}Chart${ext[0].toUpperCase()}${ext.slice(1)}`,
          tags: ['Charts'],
          summary: `${what}, as ${label}`,
          description: `The chart of /charts/${chart} without a browser: the same query, the same footer and link.`,
          ...READ,
          parameters: [...READ.parameters, ...parameters],
          responses: {
            '200': validated(file(label, type, format)),
            ...notModified,
            ...badQuery,
          },
        },
      },
    ]),
  ),
);

export const chartPaths = {
  '/api/trade': {
    get: {
      operationId: 'getTradeChart',
      tags: ['Trade'],
      summary: 'Annual trade series with gaps, compiler breaks, sources and event markers',
      description:
        'Figures from different compilers are never joined: a series breaks where the compiler family changes. Monthly figures are left out.',
      ...READ,
      parameters: [...READ.parameters, ...tradeQuery],
      responses: {
        '200': validated(ok('The chart as data', 'TradeChart')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  ...chartFiles,
};

import { activityQuerySchema } from '../schemas/activity.ts';
import { tradeQuerySchema } from '../schemas/trade.ts';
import { badQuery, file, notModified, ok, READ, validated } from './common.ts';
import { asOfParameter, langParameter as lang, queryParameters } from './parameters.ts';

const q = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  schema,
  description,
});

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

const estimateQuery = [
  q(
    'quantity',
    { type: 'string', maxLength: 200 },
    'The quantity, as the estimates name it (all when left out).',
  ),
  asOfParameter(
    'As publicly known on this day (YYYY-MM-DD): only the claims whose source was out by then.',
  ),
];

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
  estimates: {
    title: 'Estimates',
    parameters: estimateQuery,
    what: 'Each claimant’s estimates of a quantity over time, with their ranges',
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
          parameters: [...READ.parameters, ...parameters, lang],
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
  '/api/estimates': {
    get: {
      operationId: 'listEstimates',
      tags: ['Estimates'],
      summary: 'The numeric claims readers may see, oldest first, with every quantity there is',
      ...READ,
      parameters: [...READ.parameters, ...estimateQuery],
      responses: {
        '200': validated(ok('The claims', 'EstimateList')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  ...chartFiles,
};

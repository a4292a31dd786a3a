import { z } from 'zod';
import { CONFIDENCE_LEVELS } from '../enums.ts';
import { partialDay } from './shared.ts';

// GET /api/trade: the trade chart as plain data (lib/charts/trade-chart.ts) and the rows drawn.

const tradeSourceSchema = z.object({
  publisher: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publishedAt: partialDay.nullable(),
});

const tradePointSchema = z.object({
  year: z.number().int(),
  value: z
    .number()
    .nullable()
    .describe('US dollars (mode absolute) or percent (mode yoy); null is a gap, never filled.'),
  valueUsd: z.number().nullable().describe('The reported figure in nominal US dollars.'),
  compiler: z.string().nullable(),
  compilerFamily: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
  caution: z.string().nullable().describe('Why the point must be read with care, if it must.'),
  cautions: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('lowConfidence'), note: z.string() }),
        z.object({ kind: z.literal('derived'), compiler: z.string() }),
        z.object({ kind: z.literal('noPrevious'), year: z.number().int() }),
        z.object({ kind: z.literal('otherCompiler'), year: z.number().int() }),
      ]),
    )
    .describe('The caution as parts, for wording it in another language.'),
  isLowConfidence: z.boolean(),
  source: tradeSourceSchema.nullable(),
});

export const tradeChartSchema = z.object({
  title: z.string(),
  units: z.string(),
  mode: z.enum(['absolute', 'yoy']),
  scale: z.enum(['linear', 'log']),
  kind: z.enum(['line', 'bar']),
  axes: z.enum(['auto', 'shared']),
  panels: z
    .array(z.array(z.string()))
    .describe('Series ids per panel: one per series when their scales differ more than 20×.'),
  from: z.number().int(),
  to: z.number().int(),
  series: z.array(
    z.object({
      id: z.string().describe('Reporter and partner codes: KP-CN.'),
      label: z.string(),
      labelKo: z.string().describe('The label in Korean (English names where none is entered).'),
      reporter: z.string().describe('The reporter’s short name (North Korea).'),
      reporterKo: z.string(),
      color: z.string(),
      points: z.array(tradePointSchema),
      breaks: z
        .array(z.object({ year: z.number().int(), from: z.string(), to: z.string() }))
        .describe('Changes of compiler family: the line stops there.'),
      compilers: z.array(
        z.object({ family: z.string(), from: z.number().int(), to: z.number().int() }),
      ),
      gaps: z
        .array(z.object({ from: z.number().int(), to: z.number().int() }))
        .describe('Years without a figure between years with one: drawn as "no data".'),
    }),
  ),
  markers: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      titleKo: z.string().nullable().describe('The Korean title; null: not translated.'),
      date: z.iso.date(),
      x: z.number().describe('Fractional year: 2024-07-01 is 2024.5.'),
      seriesId: z.string().nullable(),
      color: z.string(),
      label: z.string().describe('Short title shown beside a labelled marker.'),
      labelled: z.boolean().describe('Among the most important events, offered a label.'),
    }),
  ),
  footer: z
    .array(z.string())
    .describe('Who compiled the figures and how many sources report them.'),
  sources: z
    .array(z.object({ publisher: z.string(), title: z.string(), url: z.string().nullable() }))
    .describe('Every publication behind a plotted figure.'),
  key: z.string().describe('How to read the marks.'),
  path: z.string().describe('Path and query that reproduce the chart.'),
  fileBase: z.string().describe('File name of the exports, without extension.'),
  rows: z
    .array(
      z.object({
        series: z.string(),
        year: z.number().int(),
        value: z.number(),
        valueUsd: z.number().nullable(),
        compiler: z.string().nullable(),
      }),
    )
    .describe('The points drawn (gaps left out), one per series and year.'),
});

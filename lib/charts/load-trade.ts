import 'server-only';
import { getTradeChart } from '../db/trade/series.ts';
import type { TradeQuery } from '../schemas/trade.ts';
import { BadRequest } from '../errors.ts';

/** The chart for a parsed query, for route handlers; an unknown actor code is a 400 naming `series`. */
export async function loadTradeChartOr400(query: TradeQuery) {
  const { chart, unknown } = await getTradeChart(query);
  if (unknown.length)
    throw new BadRequest({
      series: `Unknown series ${unknown.join(', ')}: no actor with that code`,
    });
  return chart;
}

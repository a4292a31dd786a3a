import 'server-only';
import { getTradeChart } from '../db/trade/series.ts';
import type { TradeQuery } from '../schemas/trade.ts';
import { InvalidInput } from '../http/errors.ts';

/** The chart for a parsed query, for route handlers; an unknown actor code is a 400 naming `series`. */
export async function loadTradeChartOr400(query: TradeQuery) {
  const { chart, unknown } = await getTradeChart(query);
  if (unknown.length)
    throw new InvalidInput(
      { series: `Unknown series ${unknown.join(', ')}: no actor with that code` },
      400,
    );
  return chart;
}

import 'server-only';
import { listEstimates } from '../db/estimates/reads.ts';
import type { EstimateQuery } from '../schemas/estimate-query.ts';
import { buildEstimateChart } from './estimates.ts';

/** The estimate tracker for a parsed query. */
export async function loadEstimateChart(query: EstimateQuery) {
  return buildEstimateChart(await listEstimates(query));
}

import 'server-only';
import { buildActivityChart } from './activity.ts';
import { countEventActivity, listActivityLabels } from '../db/activity/counts.ts';
import type { ActivityQuery } from '../schemas/activity.ts';

/** The activity chart for a parsed query; `unknown` lists codes or slugs that match nothing. */
export async function loadActivityChart(query: ActivityQuery) {
  const [counts, labels] = await Promise.all([
    countEventActivity(query),
    listActivityLabels(query),
  ]);
  return {
    chart: buildActivityChart(query, counts, labels),
    unknown: query.keys.filter((k) => !labels[k]),
  };
}

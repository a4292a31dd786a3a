import { createHash } from 'node:crypto';

/**
 * The version of the figures a chart is drawn from: a hash of the chart's data (series,
 * points, markers, labels). The same figures give the same version, whenever drawn; any
 * change to them gives another. Pages and exports of one query carry the same version.
 */
export function chartDataVersion(chart: unknown): string {
  return createHash('sha256').update(JSON.stringify(chart)).digest('hex').slice(0, 12);
}

/** The page's own query, as given, without `v`: the link to the figures of `version`. */
export function versionedChartUrl(
  path: string,
  params: Record<string, string | string[] | undefined>,
  version: string | null,
): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (k !== 'v') for (const one of [v ?? []].flat()) qs.append(k, one);
  if (version) qs.set('v', version);
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

// Drives one HTTP case with autocannon and computes percentiles from every response time
// (autocannon's own summary has no p95).
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  path: string;
  status: 'ok' | 'missing' | 'errors';
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  note?: string;
}

/** The p-th percentile (0–100) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `vary`, when given, makes every request's path different (request n gets `vary(n)`), so
 * no response or cached result can be reused: the cold cost of the query.
 */
export async function measure(
  base: string,
  name: string,
  path: string,
  seconds: number,
  vary?: (n: number) => string,
  connections = 16,
): Promise<LoadResult> {
  const probe = await fetch(base + path);
  await probe.arrayBuffer();
  if (probe.status === 404)
    return {
      name,
      path,
      status: 'missing',
      requests: 0,
      rps: 0,
      p50: NaN,
      p95: NaN,
      p99: NaN,
      note: 'endpoint not found (404)',
    };
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    let n = 0;
    const requests: autocannon.Request[] | undefined = vary
      ? [{ setupRequest: (req) => ({ ...req, path: vary(++n) }) }]
      : undefined;
    const instance = autocannon(
      { url: base + path, connections, duration: seconds, requests },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode >= 400) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    name,
    path,
    status: non2xx ? 'errors' : 'ok',
    requests: times.length,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    note: non2xx ? `${non2xx} responses ≥ 400 (first: ${probe.status})` : undefined,
  };
}

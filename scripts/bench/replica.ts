// `npm run bench -- --replica`: the read figures again with public reads on a streaming
// replica of the bench database (made as the replica test makes one: a base backup by file
// copy, scripts/lib/streaming-replica.ts), through a second app process started with
// DATABASE_REPLICA_URL, each printed beside the primary's figure for the same case.
import { measure, type LoadResult } from './load.ts';
import type { Figure } from './report.ts';
import { startApp, type AppServer } from './server.ts';
import { startStreamingReplica, waitForReplay } from '../lib/streaming-replica.ts';
import type { StreamingReplica } from '../lib/streaming-replica.ts';

export interface ReadCase {
  group: string;
  name: string;
  path: string;
  target: number;
  cold?: (n: number) => string;
}

const p95 = (r: LoadResult | undefined) =>
  r?.status === 'ok' ? `${r.p95.toFixed(1)} ms` : (r?.note ?? 'n/a');

export async function replicaFigures(options: {
  primaryUrl: string;
  primaryDir: string;
  settings: string[];
  cases: ReadCase[];
  /** The primary's results by case name (cold ones as `<name>, cold`). */
  primary: Map<string, LoadResult>;
  seconds: number;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  let replica: StreamingReplica | undefined;
  let app: AppServer | undefined;
  try {
    const t0 = performance.now();
    replica = await startStreamingReplica({
      primaryUrl: options.primaryUrl,
      primaryDir: options.primaryDir,
      dir: `${options.primaryDir}-replica`,
      settings: options.settings,
    });
    const copied = performance.now();
    await waitForReplay(options.primaryUrl, replica.url());
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    figures.push({
      group: 'replica',
      name: 'replica: base backup (file copy) and start; catch-up',
      value: `${seconds(copied - t0)}; ${seconds(performance.now() - copied)}`,
      target: '—',
      meets: null,
    });
    app = await startApp(options.primaryUrl, { DATABASE_REPLICA_URL: replica.url() });
    console.log('Read figures with public reads on the replica:');
    await measure(app.base, 'warm-up', options.cases[0].path, 2);
    for (const c of options.cases) {
      const runs: [string, LoadResult][] = [
        [c.name, await measure(app.base, c.name, c.path, options.seconds)],
      ];
      if (c.cold)
        runs.push([
          `${c.name}, cold`,
          await measure(app.base, c.name, c.path, options.seconds, c.cold),
        ]);
      for (const [name, r] of runs) {
        const beside = `primary p95 ${p95(options.primary.get(name))}`;
        console.log(`  ${name} (replica): p95 ${p95(r)}, ${Math.round(r.rps)} req/s; ${beside}`);
        figures.push({
          group: 'replica',
          name: `${name} (replica)`,
          value:
            r.status === 'ok'
              ? `${Math.round(r.rps)} req/s; p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} ms; ${beside}`
              : 'n/a',
          target: Number.isNaN(c.target) ? '—' : `p95 ≤ ${c.target} ms`,
          meets: Number.isNaN(c.target) || r.status !== 'ok' ? null : r.p95 <= c.target,
          note: r.note,
        });
      }
    }
  } catch (err) {
    figures.push({
      group: 'replica',
      name: 'reads on a replica',
      value: 'n/a',
      target: '—',
      meets: null,
      note: (err as Error).message.split('\n')[0],
    });
  } finally {
    await app?.stop();
    await replica?.stop();
  }
  return figures;
}

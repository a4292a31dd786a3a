// npm run bench [-- --events N --seconds S]: the project's account of its speed (S = 3 by default).
// `--only browser [--runs N]` loads the corpus and measures only /timeline in Chromium,
// N times, printing each run and the medians (docs/PERFORMANCE.md is left as it is).
// `--only load` loads the corpus, prints the import rate and stops (no build, no server).
// `--replica` also measures the reads with public reads on a streaming replica of the bench
// database (scripts/bench/replica.ts), each beside the primary's figure.
// Own database (never the development data), deterministic corpus, production build,
// autocannon at concurrency 16, Chromium for the timeline and the overview. Prints each figure beside
// its target and writes docs/PERFORMANCE.md. A report, never a test: it does not fail.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadCorpus, COMMON_WORD, QUOTE_WORD, RARE_WORD } from '../bench/corpus.ts';
import { measure, percentile, type LoadResult } from '../bench/load.ts';
import { firstLoadJsKiB, measureOverview, measureTimeline } from '../bench/browser.ts';
import { captureQueryPlans } from '../bench/plans.ts';
import { writeReport, type ColdCost, type Figure } from '../bench/report.ts';
import { startApp, timedWithPeakMemory } from '../bench/server.ts';
import { replicaFigures } from '../bench/replica.ts';
import { startBareServer, waitUntilIdle, type BareServer } from '../bench/ceiling.ts';
import { isBuildCurrent } from '../lib/build-state.ts';
import { startEmbeddedPostgres } from '../lib/embedded-postgres.ts';
import { applyMigrations } from '../lib/migrations.ts';
import { buildApp } from '../lib/next-build.ts';
import { seedDatabase } from '../lib/setup.ts';

const TIMELINE_QUERY = '?from=2020-01-01&to=2025-12-31';
// Frame times are gaps between animation frames. At 60 Hz a step whose work fits in one
// frame shows as a 16.7 ms gap and one that overruns as 33.3 ms or more, so "each zoom
// step under one frame" is a p95 gap below one and a half frames.
const FRAME_MS = 1.5 * (1000 / 60);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      seconds: { type: 'string', default: '3' },
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
      replica: { type: 'boolean', default: false },
    },
  });
  if (values.only !== undefined && values.only !== 'browser' && values.only !== 'load')
    throw new Error('--only takes: browser, load');
  const events = Number(values.events);
  const seconds = Number(values.seconds);
  const started = Date.now();
  // One folder per run, so two checkouts benchmarking at once do not delete each other's.
  const dir = path.join(os.tmpdir(), `alliance-bench-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.password`, { force: true });
  const logLines: string[] = [];
  // auto_explain is loaded but off (its default); plans.ts turns it on with ALTER SYSTEM,
  // which a command-line setting would override.
  const pgServer = await startEmbeddedPostgres({
    dir,
    log: (l) => logLines.push(l),
    settings: [
      '-c',
      'shared_buffers=512MB',
      '-c',
      'work_mem=16MB',
      '-c',
      'max_wal_size=4GB',
      '-c',
      'shared_preload_libraries=auto_explain',
      '-c',
      'auto_explain.log_analyze=on',
      '-c',
      'auto_explain.log_buffers=on',
    ],
  });
  const url = pgServer.url();
  const figures: Figure[] = [];
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let bare: BareServer | undefined;
  try {
    await applyMigrations(url);
    await seedDatabase(url);
    console.log(`Loading ${events.toLocaleString('en')} synthetic events…`);
    const load = await loadCorpus(url, {
      events,
      onProgress: (n) => n % 100_000 === 0 && console.log(`  ${n.toLocaleString('en')}`),
    });
    figures.push({
      group: 'load',
      name: `bulk load of ${events.toLocaleString('en')} events (5,000-event files, two at a time)`,
      value: `${Math.round(load.perSecond).toLocaleString('en')} events/s (${load.seconds.toFixed(1)} s)`,
      target: '≥ 5,000 events/s',
      meets: load.perSecond >= 5000,
    });
    if (values.only === 'load') {
      console.log(
        `bulk load of ${events.toLocaleString('en')} events: ${Math.round(load.perSecond).toLocaleString('en')} events/s (${load.seconds.toFixed(1)} s, two files at a time)`,
      );
      return;
    }

    if (!isBuildCurrent()) buildApp();
    app = await startApp(url);
    const base = app.base;
    if (values.only === 'browser') return await browserOnly(base, Number(values.runs));
    const win = (from: string, to: string, extra = '') =>
      `/api/timeline?from=${from}&to=${to}&width=1200${extra}`;
    // `cold` cases also run with a different end date on every request (a day earlier each
    // time), so nothing is served from a cache: what the query itself costs.
    const dayBefore = (iso: string, n: number) =>
      new Date(Date.parse(iso) - n * 86_400_000).toISOString().slice(0, 10);
    const http: {
      group: string;
      name: string;
      path: string;
      target: number;
      cold?: (n: number) => string;
    }[] = [
      {
        group: 'timeline',
        name: 'window: all time',
        path: win('1990-01-01', '2025-12-31'),
        target: 50,
        cold: (n) => win('1990-01-01', dayBefore('2025-12-31', n)),
      },
      {
        group: 'timeline',
        name: 'window: one year',
        path: win('2024-01-01', '2024-12-31'),
        target: 50,
        cold: (n) => win(dayBefore('2024-01-01', n % 3000), dayBefore('2024-12-31', n % 3000)),
      },
      {
        group: 'timeline',
        name: 'window: one week',
        path: win('2024-10-14', '2024-10-20'),
        target: 50,
        cold: (n) => win(dayBefore('2024-10-14', n % 3000), dayBefore('2024-10-20', n % 3000)),
      },
      {
        group: 'timeline',
        name: 'window: one year, actor KP',
        path: win('2024-01-01', '2024-12-31', '&actor=KP'),
        target: 50,
      },
      {
        group: 'timeline',
        name: 'window: all time, tag military',
        path: win('1990-01-01', '2025-12-31', '&tag=military'),
        target: 50,
      },
      {
        group: 'list',
        name: 'event list: first page',
        path: '/api/events?limit=50',
        target: 20,
        cold: (n) => `/api/events?limit=50&to=${dayBefore('2025-12-31', n)}`,
      },
      {
        group: 'list',
        name: 'event list: one year, actor RU',
        path: '/api/events?limit=50&from=2023-01-01&to=2023-12-31&actor=RU',
        target: 20,
      },
      {
        group: 'search',
        name: `search: common word (${COMMON_WORD})`,
        path: `/api/events?q=${COMMON_WORD}&limit=50`,
        target: 100,
        cold: (n) => `/api/events?q=${COMMON_WORD}&limit=50&to=${dayBefore('2025-12-31', n)}`,
      },
      {
        group: 'search',
        name: `search: rare word (${RARE_WORD})`,
        path: `/api/events?q=${RARE_WORD}&limit=50`,
        target: 100,
        cold: (n) => `/api/events?q=${RARE_WORD}&limit=50&to=${dayBefore('2025-12-31', n)}`,
      },
      {
        group: 'search',
        name: `search: common word, oldest first`,
        path: `/api/events?q=${COMMON_WORD}&sort=oldest&limit=50`,
        target: 100,
        cold: (n) =>
          `/api/events?q=${COMMON_WORD}&sort=oldest&limit=50&to=${dayBefore('2025-12-31', n)}`,
      },
      {
        group: 'search',
        name: `search: a word said only in quotes (${QUOTE_WORD})`,
        path: `/api/events?q=${QUOTE_WORD}&limit=50`,
        target: 100,
        cold: (n) => `/api/events?q=${QUOTE_WORD}&limit=50&to=${dayBefore('2025-12-31', n)}`,
      },
      {
        group: 'charts',
        name: 'trade chart SVG',
        path: '/api/charts/trade.svg?series=KP-CN,KP-RU',
        target: NaN,
      },
      {
        group: 'charts',
        name: 'trade chart PNG',
        path: '/api/charts/trade.png?series=KP-CN,KP-RU',
        target: NaN,
      },
      { group: 'pages', name: 'overview page (/)', path: '/', target: 100 },
      {
        group: 'pages',
        name: 'event page',
        path: '/events/dprk-troops-shipped-to-vladivostok',
        target: NaN,
      },
    ];
    const deep = await deepPageCursor(base, 100);
    if (deep)
      http.splice(7, 0, {
        group: 'list',
        name: 'event list: page 101 (keyset)',
        path: `/api/events?limit=50&cursor=${encodeURIComponent(deep)}`,
        target: 20,
      });
    // The machine's ceiling: the same load against a bare Node server answering the same bytes.
    const ratio = (r: LoadResult, ceiling?: LoadResult) =>
      ceiling?.status === 'ok' && r.status === 'ok'
        ? `; ${(r.p95 / ceiling.p95).toFixed(1)}× the bare-server p95 (${ceiling.p95.toFixed(1)} ms)`
        : '';
    const record = (
      group: string,
      name: string,
      r: LoadResult,
      target: number,
      ceiling?: LoadResult,
    ) => {
      console.log(
        `  ${name}: ${r.status === 'ok' ? `p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s${ratio(r, ceiling)}` : r.note}`,
      );
      figures.push({
        group,
        name,
        value:
          r.status === 'missing'
            ? 'n/a'
            : `${Math.round(r.rps)} req/s; p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} / p99 ${r.p99.toFixed(1)} ms${ratio(r, ceiling)}`,
        target: Number.isNaN(target) ? '—' : `p95 ≤ ${target} ms`,
        meets: Number.isNaN(target) || r.status !== 'ok' ? null : r.p95 <= target,
        note: r.note,
      });
    };
    // A fresh server compiles its hot paths during its first seconds: an untimed run first,
    // so the first case measured is not also the one that pays for that.
    await measure(base, 'warm-up', http[0].path, 2);
    bare = await startBareServer();
    await bare.record(base, http[0].path);
    await measure(bare.base, 'warm-up', http[0].path, 1);
    const primaryRuns = new Map<string, LoadResult>();
    const coldCost: ColdCost[] = [];
    for (const c of http) {
      const warm = await measure(base, c.name, c.path, seconds);
      primaryRuns.set(c.name, warm);
      await bare.record(base, c.path);
      await waitUntilIdle(app.pid);
      const ceiling = await measure(bare.base, `${c.name} (bare)`, c.path, seconds);
      record(c.group, c.name, warm, c.target, ceiling);
      if (c.cold) {
        const cold = await measure(base, c.name, c.path, seconds, c.cold);
        primaryRuns.set(`${c.name}, cold`, cold);
        record(c.group, `${c.name}, cold (a new query each request)`, cold, c.target, ceiling);
        // Queries of requests cut off at the end of a cold case keep running in Postgres;
        // let them finish so they do not slow the next case.
        await drainQueries(url);
        // The same without queueing: what one cold request costs. The gap between this and
        // the run above is 16 requests sharing 2 cores. Other variants than the run above
        // (1,000 on), so none is answered from memory.
        const vary = c.cold;
        const alone = await measure(base, c.name, c.path, seconds, (n) => vary(n + 1000), 1);
        record(c.group, `${c.name}, cold, one request at a time`, alone, c.target);
        coldCost.push({ name: c.name, target: c.target, loaded: cold, alone });
      }
    }

    figures.push(await coldOverview(base, url));
    figures.push(...(await exportFigures(base, app.pid, url)));

    const browser = await measureTimeline(base, TIMELINE_QUERY);
    figures.push({
      group: 'browser',
      name: '/timeline usable after navigation',
      value: browser.usableMs === null ? 'n/a' : `${browser.usableMs} ms`,
      target: '≤ 1,500 ms',
      meets: browser.usableMs === null ? null : browser.usableMs <= 1500,
      note: browser.note,
    });
    figures.push({
      group: 'browser',
      name: 'frame time during 10 zoom steps and a pan',
      value:
        browser.zoomFrameP95Ms === null
          ? 'n/a'
          : `p95 ${browser.zoomFrameP95Ms.toFixed(1)} ms, max ${browser.zoomFrameMaxMs!.toFixed(1)} ms`,
      target: 'no dropped frame (p95 gap < 25 ms at 60 Hz)',
      meets: browser.zoomFrameP95Ms === null ? null : browser.zoomFrameP95Ms < FRAME_MS,
    });
    figures.push({
      group: 'browser',
      name: 'JS heap after zooming',
      value: browser.heapMiB === null ? 'n/a' : `${browser.heapMiB.toFixed(1)} MiB`,
      target: '—',
      meets: null,
    });
    const overview = await measureOverview(base, 7);
    const usable = overview.usableMs.length ? median(overview.usableMs) : null;
    figures.push({
      group: 'browser',
      name: '/ usable after navigation (search form on screen and hydrated; median of 7)',
      value: usable === null ? 'n/a' : `${usable} ms (runs: ${overview.usableMs.join(', ')} ms)`,
      target: '≤ 1,000 ms',
      meets: usable === null ? null : usable <= 1000,
      note: overview.note,
    });
    for (const page of [
      '/',
      '/timeline',
      '/events/dprk-troops-shipped-to-vladivostok',
      '/charts/trade',
    ]) {
      const kib = await firstLoadJsKiB(base, page);
      figures.push({
        group: 'bundle',
        name: `first-load JS ${page}`,
        value: kib === null ? 'n/a' : `${kib.toFixed(0)} KiB gzip`,
        target: '—',
        meets: null,
      });
    }

    // Plans of cold requests: a repeated URL is served from the cache and runs no query.
    const coldPath = (c: (typeof http)[number]) => c.cold?.(2_999) ?? c.path; // a variant no measured request asked for
    const plans = await captureQueryPlans(
      url,
      logLines,
      base,
      [http[0], http[1], http[2], http[5], http[9]].map(coldPath),
    );
    if (values.replica) {
      const settings = ['-c', 'shared_buffers=512MB', '-c', 'work_mem=16MB'];
      const replicaRun = { primaryUrl: url, primaryDir: dir, settings, seconds };
      figures.push(...(await replicaFigures({ ...replicaRun, cases: http, primary: primaryRuns })));
    }
    const minutes = (Date.now() - started) / 60_000;
    writeReport(figures, { events, seconds, minutes, plans, coldCost });
    console.log(
      `\nBench finished in ${minutes.toFixed(1)} min; full report in docs/PERFORMANCE.md`,
    );
  } finally {
    await bare?.stop();
    await app?.stop();
    await pgServer.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.password`, { force: true });
  }
}

/** `--only browser`: the timeline figures `runs` times, each run and the medians printed. */
async function browserOnly(base: string, runs: number): Promise<void> {
  const usable: number[] = [];
  const p95: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await measureTimeline(base, TIMELINE_QUERY);
    console.log(
      `  run ${i + 1}: usable ${r.usableMs ?? 'n/a'} ms, zoom frames p95 ${r.zoomFrameP95Ms?.toFixed(1) ?? 'n/a'} ms, max ${r.zoomFrameMaxMs?.toFixed(1) ?? 'n/a'} ms, heap ${r.heapMiB?.toFixed(1) ?? 'n/a'} MiB${r.note ? ` (${r.note})` : ''}`,
    );
    if (r.usableMs !== null) usable.push(r.usableMs);
    if (r.zoomFrameP95Ms !== null) p95.push(r.zoomFrameP95Ms);
  }
  if (usable.length)
    console.log(
      `median of ${usable.length}: usable ${median(usable)} ms; zoom frames p95 ${median(p95).toFixed(1)} ms`,
    );
}

/**
 * `/` cold: the first request after a change to the data, one at a time. Each run bumps the
 * data version (as any editor's write does at commit), so no kept response or read result
 * applies and the page reads everything again; the table's pages stay in PostgreSQL's memory.
 */
async function coldOverview(base: string, url: string, runs = 21): Promise<Figure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await client.query('UPDATE data_version SET n = n + 1, changed_at = now() WHERE id = 1');
      const t0 = performance.now();
      const res = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`/ answered ${res.status}`);
      times.push(performance.now() - t0);
    }
  } finally {
    await client.end();
  }
  times.sort((a, b) => a - b);
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(`  overview page (/), cold: p50 ${p50.toFixed(1)} / p95 ${p95.toFixed(1)} ms`);
  return {
    group: 'pages',
    name: `overview page (/), cold (first request after a data change, one at a time, ${runs} runs)`,
    value: `p50 ${p50.toFixed(1)} / p95 ${p95.toFixed(1)} / max ${times.at(-1)!.toFixed(1)} ms`,
    target: '—',
    meets: null,
  };
}

/** Waits (up to a minute) until no other query is running on the bench database. */
async function drainQueries(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 600; i++) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()`,
      );
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

/** Follows nextCursor `pages` times from the first page; null if the API has no cursor. */
async function deepPageCursor(base: string, pages: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const res: Response = await fetch(
      `${base}/api/events?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (!res.ok) return null;
    cursor = ((await res.json()) as { nextCursor?: string | null }).nextCursor ?? null;
    if (!cursor) return null;
  }
  return cursor;
}

/** Most recent start date with `rows` published events from it on. */
async function windowStartFor(url: string, rows: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: found } = await client.query(
      `SELECT start_date::text AS d FROM event WHERE publication = 'published' AND deleted_at IS NULL ORDER BY start_date DESC OFFSET $1 LIMIT 1`,
      [rows],
    );
    return found[0]?.d ?? '1990-01-01';
  } finally {
    await client.end();
  }
}

/** One CSV export from `from` to the end, read to the last byte: time, rows, server's peak RSS. */
async function exportOnce(
  base: string,
  pid: number,
  from: string,
): Promise<{ ms: number; peakMiB: number; lines: number }> {
  let lines = 0;
  const run = await timedWithPeakMemory(pid, async () => {
    const res = await fetch(`${base}/api/events/export.csv?from=${from}&to=2025-12-31`);
    if (!res.ok || !res.body) throw new Error(`export answered ${res.status}`);
    const reader = res.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read())
      for (const byte of r.value) if (byte === 10) lines++;
  });
  return { ms: run.ms, peakMiB: run.peakMiB, lines: lines - 1 };
}

/**
 * CSV export of ~100,000 rows: median time of three and the server's peak memory; then one
 * export of three times as many rows. A streamed export holds a page at a time, so the
 * larger one must not need more memory (within 64 MiB: the garbage collector's slack).
 */
async function exportFigures(base: string, pid: number, url: string): Promise<Figure[]> {
  try {
    const runs = [];
    const from = await windowStartFor(url, 100_000);
    for (let i = 0; i < 3; i++) runs.push(await exportOnce(base, pid, from));
    const big = await exportOnce(base, pid, await windowStartFor(url, 300_000));
    const peak = Math.max(...runs.map((r) => r.peakMiB));
    return [
      {
        group: 'export',
        name: `CSV export (${runs[0].lines.toLocaleString('en')} rows)`,
        value: `median ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s; server peak RSS ${peak.toFixed(0)} MiB`,
        target: '—',
        meets: null,
      },
      {
        group: 'export',
        name: `CSV export memory, three times the rows (${big.lines.toLocaleString('en')})`,
        value: `${(big.ms / 1000).toFixed(2)} s; server peak RSS ${big.peakMiB.toFixed(0)} MiB (${big.peakMiB >= peak ? '+' : '−'}${Math.abs(big.peakMiB - peak).toFixed(0)})`,
        target: 'flat: within 64 MiB of the smaller export',
        meets: big.peakMiB - peak <= 64,
      },
    ];
  } catch (err) {
    return [
      {
        group: 'export',
        name: 'CSV export of ~100,000 rows',
        value: 'n/a',
        target: '—',
        meets: null,
        note: (err as Error).message,
      },
    ];
  }
}

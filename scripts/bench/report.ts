// Prints the benchmark table and writes docs/PERFORMANCE.md with the machine and plans.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { LoadResult } from './load.ts';

export interface Figure {
  group: string;
  name: string;
  value: string;
  target: string;
  meets: boolean | null;
  note?: string;
}

/** A cold case measured under load (16 connections) and one request at a time. */
export interface ColdCost {
  name: string;
  target: number;
  loaded: LoadResult;
  alone: LoadResult;
}

const mark = (m: boolean | null) => (m === null ? '' : m ? 'meets' : 'MISSES');

export function writeReport(
  figures: Figure[],
  run: {
    events: number;
    seconds: number;
    minutes: number;
    plans: { path: string; plans: string[] }[];
    coldCost: ColdCost[];
  },
): void {
  const rows = figures.map((f) => [
    f.name,
    f.value,
    f.target,
    mark(f.meets) + (f.note ? ` (${f.note})` : ''),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
  console.log(
    '\n' +
      rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n'),
  );

  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const md = [
    '# Performance',
    '',
    `Latest \`npm run bench -- --events ${run.events} --seconds ${run.seconds}\` on ${new Date().toISOString().slice(0, 10)}, ${run.minutes.toFixed(1)} min in all.`,
    '',
    `Machine: ${machine}. The machine is shared and noisy: compare medians and ratios between runs, not single figures.`,
    'HTTP figures: autocannon, 16 connections, each case for the given seconds against the production build served by `scripts/web-server.mjs` (as `npm start` runs it) on an embedded PostgreSQL 18 on the same machine.',
    '',
    '| figure | measured | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...coldCostSection(run.coldCost),
    '## Query plans',
    '',
    'Captured with auto_explain (ANALYZE, BUFFERS) for one request to each endpoint.',
    '',
    ...run.plans.flatMap((p) => [
      `### \`${p.path}\``,
      '',
      ...(p.plans.length
        ? p.plans.map((plan) => '```\n' + plan + '\n```\n')
        : ['(no event query logged: endpoint missing?)', '']),
    ]),
  ].join('\n');
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/PERFORMANCE.md', md + '\n');
}

/**
 * What bounds the cold cases: each one's own cost (one request at a time) against the same
 * requests 16 at a time. With 2 cores, 16 requests in flight each wait for the others'
 * work: the p50 under load is about 16 × the server time per request (1 / throughput).
 */
function coldCostSection(rows: ColdCost[]): string[] {
  const ok = rows.filter((r) => r.loaded.status === 'ok' && r.alone.status === 'ok');
  if (!ok.length) return [];
  return [
    '## What limits the cold reads',
    '',
    'Each cold case again one request at a time (no queue), beside the same requests 16 at a ' +
      'time. "Server time per request" is 1 / throughput under load: with 16 requests in ' +
      'flight on 2 cores, a request waits for about 16 × that, whatever the query costs.',
    '',
    '| case | target p95 | alone: p50 / p95 | 16 at a time: p50 / p95 | server time per request | 16 × that |',
    '| --- | --- | --- | --- | --- | --- |',
    ...ok.map((r) => {
      const perRequest = 1000 / r.loaded.rps;
      return `| ${r.name} | ${r.target} ms | ${r.alone.p50.toFixed(1)} / ${r.alone.p95.toFixed(1)} ms | ${r.loaded.p50.toFixed(1)} / ${r.loaded.p95.toFixed(1)} ms | ${perRequest.toFixed(1)} ms | ${(16 * perRequest).toFixed(0)} ms |`;
    }),
    '',
  ];
}

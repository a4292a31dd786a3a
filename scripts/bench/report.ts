// Prints the benchmark table and writes docs/PERFORMANCE.md with the machine and plans.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface Figure {
  group: string;
  name: string;
  value: string;
  target: string;
  meets: boolean | null;
  note?: string;
}

const mark = (m: boolean | null) => (m === null ? '' : m ? 'meets' : 'MISSES');

export function writeReport(
  figures: Figure[],
  run: {
    events: number;
    seconds: number;
    minutes: number;
    plans: { path: string; plans: string[] }[];
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

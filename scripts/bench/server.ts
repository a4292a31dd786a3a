// Starts the production build against the benchmark database and watches its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPort } from '../lib/embedded-postgres.ts';

export interface AppServer {
  base: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startApp(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> {
  const port = await findPort();
  // The same web server as `npm start` (Next's handler behind scripts/web-server.mjs).
  const webServer = fileURLToPath(new URL('../web-server.mjs', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [webServer, '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the web server exited during the benchmark');
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process tree's root, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Runs `work` while sampling the server's RSS; returns the work's time and the peak RSS. */
export async function timedWithPeakMemory(
  pid: number,
  work: () => Promise<void>,
): Promise<{ ms: number; peakMiB: number; baseMiB: number }> {
  const baseMiB = rssMiB(pid);
  let peakMiB = baseMiB;
  const timer = setInterval(() => (peakMiB = Math.max(peakMiB, rssMiB(pid))), 25);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - t0, peakMiB: Math.max(peakMiB, rssMiB(pid)), baseMiB };
}

// Starts scripts/bench/bare-server.mjs and records into it the response the app gives for a
// path, so the same load can be measured against a server that does nothing but answer.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BareServer {
  base: string;
  /** Fetches `path` from the app once and makes the bare server answer those bytes for it. */
  record: (appBase: string, path: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** Headers a server writes per connection or per response; Node's server writes its own. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

export async function startBareServer(): Promise<BareServer> {
  const script = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
  const child: ChildProcess = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const [ready] = (await once(child, 'message')) as [{ port: number }];
  return {
    base: `http://127.0.0.1:${ready.port}`,
    async record(appBase, path) {
      const res = await fetch(appBase + path);
      const body = Buffer.from(await res.arrayBuffer());
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        // fetch decompresses; the bytes recorded are the ones it read.
        if (!HOP.has(name) && name !== 'content-encoding') headers[name] = value;
      });
      headers['content-length'] = String(body.length);
      const recorded = once(child, 'message');
      child.send({ path, status: res.status, headers, body: body.toString('base64') });
      await recorded;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

/** CPU time (ms) a process has used so far (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Waits (up to 5 s) until the app uses under 5% of a core over 200 ms: requests cut off at
 * the end of a case (a PNG render takes a second) keep running, and the bare server must
 * not share the cores with them.
 */
export async function waitUntilIdle(pid: number): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const before = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 200));
    if (cpuMs(pid) - before <= 10) return;
  }
}

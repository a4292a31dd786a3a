// Query plans of the real queries behind the main endpoints: auto_explain (loaded at
// server start, off by default) is switched on for one request per endpoint.
import pg from 'pg';

async function setAutoExplain(url: string, ms: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET auto_explain.log_min_duration = ${Number(ms)}`);
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

export async function captureQueryPlans(
  url: string,
  logLines: string[],
  base: string,
  paths: string[],
): Promise<{ path: string; plans: string[] }[]> {
  const out: { path: string; plans: string[] }[] = [];
  await setAutoExplain(url, 0);
  await new Promise((r) => setTimeout(r, 300)); // the reload reaches every backend asynchronously
  try {
    for (const p of paths) {
      const from = logLines.length;
      await fetch(base + p).then((r) => r.arrayBuffer());
      await new Promise((r) => setTimeout(r, 200)); // log lines arrive after the response
      const text = logLines.slice(from).join('');
      const plans = text
        .split(/LOG:\s+duration: /)
        .slice(1)
        .map((chunk) => `duration: ${chunk.trim()}`)
        .filter((plan) => /\bevent\b/.test(plan) && !/_prisma_migrations|pg_catalog/.test(plan));
      out.push({ path: p, plans });
    }
  } finally {
    await setAutoExplain(url, -1);
  }
  return out;
}

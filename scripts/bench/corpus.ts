// A deterministic synthetic corpus for the benchmark: the same --events N gives the same
// rows on every run. Shape: bursts around crises, 30 actors, 60 tags, some ranged events,
// summaries of realistic length, sources on ~30% and quotes on ~10% of events. Loaded
// through the product's import, so the load rate is the import's.
import pg from 'pg';

/** mulberry32: a tiny seeded PRNG, so runs are repeatable. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'missile launch troops border summit sanctions envoy treaty ministry statement artillery drills naval exercise ' +
  'satellite intelligence assessment delegation shipment rail port customs embargo talks ceasefire deployment ' +
  'reconnaissance drone brigade officials spokesman parliament ratification cooperation partnership alliance ' +
  'munitions shells fuel oil coal exports imports agreement memorandum briefing hearing testimony report analysts'
).split(' ');
/** A word planted in one event in ten thousand, for the rare-word search case. */
export const RARE_WORD = 'zeppelin';
export const COMMON_WORD = 'missile';
/** A word said only in a quote (one event in ten thousand), for search reaching quotes. */
export const QUOTE_WORD = 'rubicon';

const TAGS_EXTRA = Array.from({ length: 52 }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
const STATUSES = ['reported', 'confirmed', 'confirmed', 'confirmed', 'disputed', 'denied'] as const;

/** Quotes on ~10% of events; one in ten thousand says QUOTE_WORD (the draws stay the same). */
function quotesOf(r: () => number, k: number) {
  const quoted = r() < 0.1;
  const word = quoted ? WORDS[Math.floor(r() * WORDS.length)] : null;
  if (k % 10_000 === 3)
    return [{ speaker: 'Bench speaker', text: `We are crossing the ${QUOTE_WORD}.`, date: '2020' }];
  return word
    ? [{ speaker: 'Bench speaker', text: `We will ${word} the agreement.`, date: '2020' }]
    : [];
}

export interface CorpusOptions {
  events: number;
  batch?: number;
  /** Files imported at once (separate transactions, as two editors importing would). */
  concurrency?: number;
  onProgress?: (done: number) => void;
}

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + '.';
}

const DAY = 86_400_000;
const START = Date.UTC(1990, 0, 1);
const END = Date.UTC(2025, 11, 31);

/**
 * Loads the corpus through the product's own import (`importEvents`, as POST /api/import
 * applies a file), in 5,000-row files, `concurrency` files at a time; returns events/s over
 * the whole load, from the first file to the last commit. One file at a time leaves a core
 * idle: Postgres works while Node waits, and the reverse.
 */
export async function loadCorpus(
  url: string,
  options: CorpusOptions,
): Promise<{ seconds: number; perSecond: number }> {
  const { pointDbAt } = await import('../../lib/db/core/client.ts');
  const { importEvents } = await import('../../lib/db/events/import.ts');
  // No statement timeout: a bulk load may run longer statements than a web request should.
  pointDbAt(url, { connectTimeoutMs: 10_000, statementTimeoutMs: 0 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const r = rng(20241023);
  const batch = options.batch ?? 5_000;
  try {
    const actorCodes: string[] = (
      await client.query(`SELECT code FROM actor WHERE kind <> 'person' ORDER BY code LIMIT 30`)
    ).rows.map((x) => x.code);
    await client.query(
      `INSERT INTO tag (slug, name) SELECT s, s FROM unnest($1::text[]) s ON CONFLICT DO NOTHING`,
      [TAGS_EXTRA],
    );
    const tagSlugs: string[] = (
      await client.query(`SELECT slug FROM tag ORDER BY id LIMIT 60`)
    ).rows.map((x) => x.slug);
    const userId: number = (
      await client.query(
        `INSERT INTO app_user (email, name, password_hash, role, updated_at) VALUES ('bench@example.org', 'Bench importer', '-', 'editor', now())
         ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
      )
    ).rows[0].id;
    const crises = Array.from({ length: 40 }, () => START + r() * (END - START));

    // The clock runs over the whole load; each next file is generated while others import.
    const started = performance.now();
    const inFlight = new Set<Promise<void>>();
    let loaded = 0;
    for (let done = 0; done < options.events; done += batch) {
      const n = Math.min(batch, options.events - done);
      const rows = [];
      for (let i = 0; i < n; i++) {
        const k = done + i;
        const centre = crises[Math.floor(r() * crises.length)];
        const t =
          r() < 0.6 ? centre + (r() + r() + r() - 1.5) * 40 * DAY : START + r() * (END - START);
        const day = Math.min(END, Math.max(START, Math.floor(t / DAY) * DAY));
        const precision = r() < 0.85 ? 'day' : r() < 0.66 ? 'month' : 'year';
        const d = new Date(day);
        const start =
          precision === 'day'
            ? d
            : precision === 'month'
              ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))
              : new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
        const actors = new Set<string>();
        const nActors = 1 + Math.floor(r() * 3);
        // Skewed: the first actors appear far more often, as in real logs.
        while (actors.size < nActors)
          actors.add(actorCodes[Math.floor(r() ** 2 * actorCodes.length)]);
        const tags = new Set<string>();
        const nTags = 1 + Math.floor(r() * 3);
        while (tags.size < nTags) tags.add(tagSlugs[Math.floor(r() ** 1.5 * tagSlugs.length)]);
        const source = Math.floor(r() * 5000);
        const event = {
          slug: `bench-${k}`,
          title:
            sentence(r, 6 + Math.floor(r() * 6)).slice(0, -1) +
            (k % 10_000 === 7 ? ` ${RARE_WORD}` : ''),
          summary: Array.from({ length: 3 + Math.floor(r() * 4) }, () =>
            sentence(r, 12 + Math.floor(r() * 10)),
          ).join(' '),
          date: start.toISOString().slice(0, 10),
          endDate:
            precision === 'day' && r() < 0.1
              ? new Date(start.getTime() + (1 + Math.floor(r() * 30)) * DAY)
                  .toISOString()
                  .slice(0, 10)
              : null,
          datePrecision: precision,
          status: STATUSES[Math.floor(r() * STATUSES.length)],
          publication: r() < 0.98 ? 'published' : 'draft',
          actors: [...actors].map((code) => ({ code })),
          tags: [...tags],
          // Sources on ~30% of events, drawn from 5,000 shared ones; quotes on ~10%.
          sources:
            r() < 0.3
              ? [
                  {
                    publisher: `Bench wire ${source % 50}`,
                    title: `Bench report ${source}`,
                    url: `https://bench.example/${source}`,
                    publishedAt: '2020',
                    reliability: 'C',
                  },
                ]
              : [],
          quotes: quotesOf(r, k),
        };
        rows.push({ label: `item ${i + 1}`, data: event });
      }
      const file: Promise<void> = importEvents(rows, { apply: true, userId }).then((report) => {
        if (!report.applied)
          throw new Error(
            `bench import refused: ${JSON.stringify(report.rows.find((x) => x.action === 'error'))}`,
          );
        inFlight.delete(file);
        options.onProgress?.((loaded += n));
      });
      file.catch(() => {}); // a failure surfaces through the race below, never as unhandled
      inFlight.add(file);
      if (inFlight.size >= (options.concurrency ?? 2)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const seconds = (performance.now() - started) / 1000;
    await client.query('VACUUM ANALYZE');
    return { seconds, perSecond: options.events / seconds };
  } finally {
    await client.end();
  }
}

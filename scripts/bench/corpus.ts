// A deterministic synthetic corpus for the benchmark: the same --events N gives the same
// rows on every run. Shape: bursts around crises, 30 actors, 60 tags, some ranged events,
// summaries of realistic length, sources on ~30% and quotes on ~10% of events.
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

const TAGS_EXTRA = Array.from({ length: 52 }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
const STATUSES = ['reported', 'confirmed', 'confirmed', 'confirmed', 'disputed', 'denied'] as const;

export interface CorpusOptions {
  events: number;
  batch?: number;
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

/** Inserts the corpus with multi-row INSERT … SELECT FROM unnest(...) in batches; returns events/s. */
export async function loadCorpus(url: string, options: CorpusOptions): Promise<{ seconds: number; perSecond: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const r = rng(20241023);
  const batch = options.batch ?? 5_000;
  try {
    const actorIds: number[] = (
      await client.query(`SELECT id FROM actor WHERE kind <> 'person' ORDER BY code LIMIT 30`)
    ).rows.map((x) => x.id);
    await client.query(`INSERT INTO tag (slug, name) SELECT s, s FROM unnest($1::text[]) s ON CONFLICT DO NOTHING`, [TAGS_EXTRA]);
    const tagIds: number[] = (await client.query(`SELECT id FROM tag ORDER BY id LIMIT 60`)).rows.map((x) => x.id);
    const sourceIds: number[] = (
      await client.query(
        `INSERT INTO source (publisher, title, url, published_at, reliability, updated_at)
         SELECT 'Bench wire ' || (g % 50), 'Bench report ' || g, 'https://bench.example/' || g, '2020', 'C', now()
         FROM generate_series(1, 5000) g RETURNING id`,
      )
    ).rows.map((x) => x.id);
    const crises = Array.from({ length: 40 }, () => START + r() * (END - START));

    const t0 = performance.now();
    for (let done = 0; done < options.events; done += batch) {
      const n = Math.min(batch, options.events - done);
      const cols = { slug: [] as string[], title: [] as string[], summary: [] as string[], start: [] as string[], end: [] as (string | null)[], precision: [] as string[], status: [] as string[], publication: [] as string[] };
      for (let i = 0; i < n; i++) {
        const k = done + i;
        const centre = crises[Math.floor(r() * crises.length)];
        const t = r() < 0.6 ? centre + (r() + r() + r() - 1.5) * 40 * DAY : START + r() * (END - START);
        const day = Math.min(END, Math.max(START, Math.floor(t / DAY) * DAY));
        const precision = r() < 0.85 ? 'day' : r() < 0.66 ? 'month' : 'year';
        const d = new Date(day);
        const start = precision === 'day' ? d : precision === 'month' ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) : new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
        cols.slug.push(`bench-${k}`);
        cols.title.push(sentence(r, 6 + Math.floor(r() * 6)).slice(0, -1) + (k % 10_000 === 7 ? ` ${RARE_WORD}` : ''));
        cols.summary.push(Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r, 12 + Math.floor(r() * 10))).join(' '));
        cols.start.push(start.toISOString().slice(0, 10));
        cols.end.push(precision === 'day' && r() < 0.1 ? new Date(start.getTime() + (1 + Math.floor(r() * 30)) * DAY).toISOString().slice(0, 10) : null);
        cols.precision.push(precision);
        cols.status.push(STATUSES[Math.floor(r() * STATUSES.length)]);
        cols.publication.push(r() < 0.98 ? 'published' : 'draft');
      }
      await client.query('BEGIN');
      const ids: number[] = (
        await client.query(
          `INSERT INTO event (slug, title, summary, start_date, end_date, date_precision, status, publication, updated_at)
           SELECT s, t, su, sd, ed, p::"DatePrecision", st::"ClaimStatus", pu::"Publication", now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[], $8::text[])
             AS x(s, t, su, sd, ed, p, st, pu)
           RETURNING id`,
          [cols.slug, cols.title, cols.summary, cols.start, cols.end, cols.precision, cols.status, cols.publication],
        )
      ).rows.map((x) => x.id);
      const links = { ea: [[], []] as number[][], et: [[], []] as number[][], es: [[], []] as number[][] };
      for (const id of ids) {
        const actors = new Set<number>();
        const nActors = 1 + Math.floor(r() * 3);
        // Skewed: the first actors (KP, RU, CN …) appear far more often, as in real logs.
        while (actors.size < nActors) actors.add(actorIds[Math.floor(r() ** 2 * actorIds.length)]);
        for (const a of actors) {
          links.ea[0].push(id);
          links.ea[1].push(a);
        }
        const tags = new Set<number>();
        const nTags = 1 + Math.floor(r() * 3);
        while (tags.size < nTags) tags.add(tagIds[Math.floor(r() ** 1.5 * tagIds.length)]);
        for (const t of tags) {
          links.et[0].push(id);
          links.et[1].push(t);
        }
        if (r() < 0.3) {
          links.es[0].push(id);
          links.es[1].push(sourceIds[Math.floor(r() * sourceIds.length)]);
        }
      }
      await client.query(`INSERT INTO event_actor (event_id, actor_id) SELECT * FROM unnest($1::int[], $2::int[])`, links.ea);
      await client.query(`INSERT INTO event_tag (event_id, tag_id) SELECT * FROM unnest($1::int[], $2::int[])`, links.et);
      await client.query(`INSERT INTO event_source (event_id, source_id) SELECT * FROM unnest($1::int[], $2::int[])`, links.es);
      const quoted = ids.filter(() => r() < 0.1);
      await client.query(
        `INSERT INTO quote (speaker, text, event_id, date, updated_at)
         SELECT 'Bench speaker', 'We will ' || $2 || ' the agreement.', e, '2020', now() FROM unnest($1::int[]) e`,
        [quoted, WORDS[Math.floor(r() * WORDS.length)]],
      );
      await client.query('COMMIT');
      options.onProgress?.(done + n);
    }
    const seconds = (performance.now() - t0) / 1000;
    await client.query('ANALYZE');
    return { seconds, perSecond: options.events / seconds };
  } finally {
    await client.end();
  }
}

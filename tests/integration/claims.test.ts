import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as estimateItem from '../../app/api/estimates/[id]/route.ts';
import * as estimateRestore from '../../app/api/estimates/[id]/restore/route.ts';
import * as estimateCollection from '../../app/api/estimates/route.ts';
import * as sourceItem from '../../app/api/sources/[id]/route.ts';
import { GET as getEvents } from '../../app/api/events/route.ts';
import * as eventItem from '../../app/api/events/[slug]/route.ts';
import { POST as createEventRoute } from '../../app/api/events/route.ts';
import { GET as getTimeline } from '../../app/api/timeline/route.ts';
import { POST as importRoute } from '../../app/api/import/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { listRecordRevisions } from '../../lib/db/versioned/history.ts';
import { RECORD_SPECS } from '../../lib/db/versioned/specs.ts';
import { gradeOf, readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// Claims over time (issue #18): estimates as records, "as of" reads, dated status changes,
// graded seed sources.

type Route = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const dataset = readSeedDataset();
const stamp = Date.now().toString(36);
const QUANTITY = `Test shells ${stamp}`;
let editor: Awaited<ReturnType<typeof makeUser>>;
let sourceId: number;

beforeAll(async () => {
  await seedDatabase(getDb(), dataset);
  editor = await makeUser('editor');
  sourceId = (
    await getDb().source.create({
      data: { publisher: 'Claims test wire', title: `Base ${stamp}`, publishedAt: '2024-10-05' },
    })
  ).id;
});
afterAll(async () => {
  const db = getDb();
  await db.estimate.deleteMany({ where: { quantity: QUANTITY } });
  await db.event.deleteMany({ where: { slug: { startsWith: `claims-${stamp}` } } });
  await db.source.deleteMany({ where: { publisher: 'Claims test wire' } });
  await cleanupTestUsers();
  await db.$disconnect();
});

const call = (
  route: Route,
  method: string,
  params: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = editor.bearer,
) =>
  route(
    new Request('http://x/api/estimates', {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

const get = (route: Route, url: string, params: Record<string, string> = {}) =>
  route(new Request(`http://x${url}`), { params: Promise.resolve(params) });

const estimate = (overrides: Record<string, unknown> = {}) => ({
  quantity: QUANTITY,
  low: 1000,
  best: 2000,
  high: 3000,
  unit: 'shells',
  refersTo: '2024-10-05',
  claimant: 'US',
  source: sourceId,
  ...overrides,
});

describe('estimates through the JSON API', () => {
  test('an editor creates one; readers read it back with its claimant and source', async () => {
    const res = await call(estimateCollection.POST as Route, 'POST', {}, estimate());
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      quantity: QUANTITY,
      low: 1000,
      best: 2000,
      high: 3000,
      claimant: 'US',
      source: sourceId,
      version: 1,
    });
    const read = await get(estimateItem.GET as Route, `/api/estimates/${created.id}`, {
      id: String(created.id),
    });
    expect(read.status).toBe(200);
    expect((await read.json()).sourceTitle).toBe(`Claims test wire: Base ${stamp}`);
  });

  test.each([
    ['low above high', { low: 5000, high: 3000 }, 'low'],
    ['an unknown claimant', { claimant: 'NOSUCHACTOR' }, 'claimant'],
    ['no source', { source: undefined }, 'source'],
    ['a source that does not exist', { source: 2_000_000_000 }, 'source'],
    ['no figure at all', { low: null, best: null, high: null }, 'best'],
  ])('%s is a 422 naming the field, and nothing is written', async (_name, change, field) => {
    const before = await getDb().estimate.count({ where: { quantity: QUANTITY } });
    const res = await call(estimateCollection.POST as Route, 'POST', {}, estimate(change));
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).fields)).toContain(field);
    expect(await getDb().estimate.count({ where: { quantity: QUANTITY } })).toBe(before);
  });

  test('a lower bound alone ("at least 3,000") is a valid claim', async () => {
    const res = await call(
      estimateCollection.POST as Route,
      'POST',
      {},
      estimate({ low: 3000, best: null, high: null }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ low: 3000, best: null, high: null });
  });

  test('updates keep revisions; trash hides it from readers; restore brings it back', async () => {
    const created = await (
      await call(estimateCollection.POST as Route, 'POST', {}, estimate({ best: 2500 }))
    ).json();
    const key = String(created.id);
    const stale = await call(
      estimateItem.PATCH as Route,
      'PATCH',
      { id: key },
      { best: 1500, version: 9 },
    );
    expect(stale.status).toBe(409);
    const patched = await call(
      estimateItem.PATCH as Route,
      'PATCH',
      { id: key },
      { best: 2600, version: 1 },
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ best: 2600, low: 1000, version: 2 });
    const badPatch = await call(
      estimateItem.PATCH as Route,
      'PATCH',
      { id: key },
      { low: 9000, version: 2 },
    );
    expect(badPatch.status).toBe(422);

    const trashed = await call(estimateItem.DELETE as Route, 'DELETE', { id: key });
    expect(trashed.status).toBe(200);
    expect(
      (await get(estimateItem.GET as Route, `/api/estimates/${key}`, { id: key })).status,
    ).toBe(404);
    const list = await (
      await get(
        estimateCollection.GET as Route,
        `/api/estimates?quantity=${encodeURIComponent(QUANTITY)}`,
      )
    ).json();
    expect(list.items.map((i: { id: number }) => i.id)).not.toContain(created.id);

    const restored = await call(estimateRestore.POST as Route, 'POST', { id: key });
    expect(restored.status).toBe(200);
    const revisions = await listRecordRevisions(RECORD_SPECS.estimate, key);
    expect(revisions!.map((r) => r.action)).toEqual(['restore', 'trash', 'update', 'create']);
  });

  test('a source behind an estimate cannot be trashed', async () => {
    const res = await call(sourceItem.DELETE as Route, 'DELETE', { id: String(sourceId) });
    expect(res.status).toBe(409);
  });

  test('readers cannot write', async () => {
    const res = await call(estimateCollection.POST as Route, 'POST', {}, estimate(), {});
    expect(res.status).toBe(401);
  });
});

describe('the seeded estimates', () => {
  test('the troop claims of at least three claimants, each citing its event’s source', async () => {
    const list = await (
      await get(
        estimateCollection.GET as Route,
        '/api/estimates?quantity=North%20Korean%20troops%20sent%20to%20Russia',
      )
    ).json();
    expect(new Set(list.items.map((i: { claimant: { code: string } }) => i.claimant.code))).toEqual(
      new Set(['KR', 'UA', 'US']),
    );
    for (const item of list.items) {
      const seeded = dataset.estimates.find((e) => e.event === item.event.slug)!;
      const event = dataset.events.find((e) => e.id === seeded.event)!;
      expect(event.sources.map((s) => s.key)).toContain(seeded.source);
      expect(item.source.title).toBe(event.sources.find((s) => s.key === seeded.source)!.title);
    }
    expect(list.items.find((i: { low: number | null }) => i.low === 3000)).toMatchObject({
      best: null,
      high: null,
      claimant: { code: 'US' },
    });
  });

  test('asOf keeps only the claims made by then', async () => {
    const url = (asOf: string) =>
      `/api/estimates?quantity=North%20Korean%20troops%20sent%20to%20Russia&asOf=${asOf}`;
    const early = await (await get(estimateCollection.GET as Route, url('2024-10-20'))).json();
    expect(early.items.map((i: { best: number }) => i.best)).toEqual([1500, 10000, 12000]);
    const late = await (await get(estimateCollection.GET as Route, url('2024-10-29'))).json();
    expect(late.items).toHaveLength(6);
    const bad = await get(estimateCollection.GET as Route, url('2024-13-01'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('asOf');
  });
});

describe('as of a date', () => {
  const slugs = async (qs: string) => {
    const res = await getEvents(new Request(`http://x/api/events?${qs}`), {});
    expect(res.status).toBe(200);
    return (await res.json()).items as { slug: string; status: string }[];
  };

  test('/api/events shows what was public then, with the status in force then', async () => {
    const before = await slugs('asOf=2024-10-20&limit=200');
    expect(before.map((e) => e.slug)).not.toContain('pentagon-10000-troops');
    expect(before.map((e) => e.slug)).toContain('zelensky-10000-soldiers-claim');
    expect(before.find((e) => e.slug === 'dprk-troops-shipped-to-vladivostok')!.status).toBe(
      'reported',
    );
    const after = await slugs('asOf=2024-10-29&limit=200');
    expect(after.map((e) => e.slug)).toContain('pentagon-10000-troops');
    expect(after.find((e) => e.slug === 'dprk-troops-shipped-to-vladivostok')!.status).toBe(
      'confirmed',
    );
    // The status filter reads the status in force on that day.
    expect(
      (await slugs('asOf=2024-10-20&status=confirmed&limit=200')).map((e) => e.slug),
    ).not.toContain('dprk-troops-shipped-to-vladivostok');
  });

  test('/api/timeline and /api/events/{slug} take asOf too', async () => {
    const res = await getTimeline(
      new Request('http://x/api/timeline?from=2024-10-01&to=2024-10-31&asOf=2024-10-20'),
      {},
    );
    const timeline = await res.json();
    const items = timeline.items as { slug: string; status: string }[];
    expect(items.map((i) => i.slug)).not.toContain('pentagon-10000-troops');
    expect(items.find((i) => i.slug === 'dprk-troops-shipped-to-vladivostok')!.status).toBe(
      'reported',
    );

    const one = (slug: string, asOf: string) =>
      get(eventItem.GET as Route, `/api/events/${slug}?asOf=${asOf}`, { slug });
    expect((await one('pentagon-10000-troops', '2024-10-20')).status).toBe(404);
    const then = await (await one('dprk-troops-shipped-to-vladivostok', '2024-10-20')).json();
    expect(then.status).toBe('reported');
    expect(then.statusHistory).toHaveLength(1);
    expect(then.sources.map((s: { key: string }) => s.key)).toEqual([
      'kbs_nis_1018',
      'urdupoint_nis',
    ]);
    const later = await (await one('dprk-troops-shipped-to-vladivostok', '2024-10-29')).json();
    expect(later.status).toBe('confirmed');
  });

  test.each([
    '/api/events?asOf=yesterday',
    '/api/timeline?asOf=2024-02-30',
    '/api/events?asOf=2024-10',
  ])('%s is a 400 naming asOf', async (url) => {
    const route = url.startsWith('/api/timeline') ? getTimeline : getEvents;
    const res = await route(new Request(`http://x${url}`), {});
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toHaveProperty('asOf');
  });

  test('/api/events/{slug} with a bad asOf is a 400', async () => {
    const res = await get(eventItem.GET as Route, '/api/events/pentagon-10000-troops?asOf=x', {
      slug: 'pentagon-10000-troops',
    });
    expect(res.status).toBe(400);
  });
});

describe('status history effective dates', () => {
  test('the seeded deployment was reported on 18 October and confirmed on 23 October', async () => {
    const res = await get(
      eventItem.GET as Route,
      '/api/events/dprk-troops-shipped-to-vladivostok',
      {
        slug: 'dprk-troops-shipped-to-vladivostok',
      },
    );
    const event = await res.json();
    expect(
      event.statusHistory.map(
        (c: { to: string; effectiveDate: string; source: { key: string } }) => [
          c.to,
          c.effectiveDate,
          c.source.key,
        ],
      ),
    ).toEqual([
      ['reported', '2024-10-18', 'kbs_nis_1018'],
      ['confirmed', '2024-10-23', 'rbc_kirby'],
    ]);
  });

  test('every other seeded event takes effect from its first source', async () => {
    const rutte = await (
      await get(eventItem.GET as Route, '/api/events/nato-rutte-confirms-dprk-troops-kursk', {
        slug: 'nato-rutte-confirms-dprk-troops-kursk',
      })
    ).json();
    expect(rutte.statusHistory.map((c: { effectiveDate: string }) => c.effectiveDate)).toEqual([
      '2024-10-28',
    ]);
    const rows = await getDb().statusChange.findMany({
      where: { event: { slug: { in: dataset.events.map((e) => e.id) } } },
    });
    expect(rows.every((r) => r.effectiveDate !== null)).toBe(true);
  });

  test('an editor’s status change takes effect on the date of the source that moved it', async () => {
    const slug = `claims-${stamp}-status`;
    const created = await createEventRoute(
      new Request('http://x/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor.bearer },
        body: JSON.stringify({
          slug,
          title: 'Claims test event',
          date: '2024-10-01',
          publication: 'published',
          actors: [{ code: 'KP' }],
          sources: [
            {
              publisher: 'Claims test wire',
              title: 'Confirmation',
              url: `https://example.org/${slug}`,
              publishedAt: '2024-10-09',
            },
          ],
        }),
      }),
      {},
    );
    expect(created.status).toBe(201);
    const res = await call(
      eventItem.PATCH as Route,
      'PATCH',
      { slug },
      {
        status: 'confirmed',
        statusReason: 'Confirmed by the wire',
        statusSourceUrl: `https://example.org/${slug}`,
        version: 1,
      },
    );
    expect(res.status).toBe(200);
    const history = (await res.json()).statusHistory;
    expect(history.at(-1)).toMatchObject({ to: 'confirmed', effectiveDate: '2024-10-09' });
  });
});

describe('graded seed sources', () => {
  test('every seed source carries the grade and reason its kind of publisher gets by the rule', async () => {
    const sources = await getDb().source.findMany({ where: { key: { not: null } } });
    expect(sources.length).toBeGreaterThan(70);
    for (const s of sources) {
      expect(s.gradeReason, s.key!).toBeTruthy();
      expect({ reliability: s.reliability, gradeReason: s.gradeReason }).toEqual(
        gradeOf(dataset.grades, { key: s.key!, publisher: s.publisher }),
      );
    }
    const odni = sources.find((s) => s.key === 'dni_ata2024')!;
    expect(odni.reliability).toBe('A');
  });

  test('each event with a primary source lists it first, marked', async () => {
    const haines = await (
      await get(eventItem.GET as Route, '/api/events/haines-ssci-annual-threat-assessment-2024', {
        slug: 'haines-ssci-annual-threat-assessment-2024',
      })
    ).json();
    expect(haines.sources[0]).toMatchObject({ key: 'dni_ata2024', primary: true });
    expect(haines.sources.slice(1).every((s: { primary: boolean }) => !s.primary)).toBe(true);
  });
});

describe('estimates in a JSON import', () => {
  const file = (estimates: unknown[]) =>
    JSON.stringify([
      {
        slug: `claims-${stamp}-import`,
        title: 'Claims import test',
        date: '2024-10-10',
        publication: 'published',
        actors: [{ code: 'KP' }],
        sources: [
          {
            publisher: 'Claims test wire',
            title: 'Imported claim',
            url: `https://example.org/claims-${stamp}-import`,
            publishedAt: '2024-10-10',
          },
        ],
        estimates,
      },
    ]);
  const send = (body: string, mode: 'dry-run' | 'apply') =>
    importRoute(
      new Request(`http://x/api/import?mode=${mode}`, {
        method: 'POST',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body,
      }),
      {},
    );
  const claim = {
    quantity: QUANTITY,
    best: 500,
    unit: 'shells',
    refersTo: '2024-10-10',
    claimant: 'KR',
  };

  test.each([
    ['a best value above its high bound', { low: 900, high: 1000, best: 2000 }, 'estimates.0.best'],
    ['a source the event does not have', { source: 3 }, 'estimates.0.source'],
    ['an unknown claimant', { claimant: 'NOSUCHACTOR' }, 'estimates.0.claimant'],
  ])(
    '%s is an error on its row naming the field, and nothing is written',
    async (_n, change, field) => {
      const res = await send(file([{ ...claim, ...change }]), 'apply');
      const report = await res.json();
      expect(report.applied).toBe(false);
      expect(Object.keys(report.rows[0].errors)).toContain(field);
      expect(await getDb().event.count({ where: { slug: `claims-${stamp}-import` } })).toBe(0);
    },
  );

  test('applied, each estimate cites the event’s source; a second run adds nothing', async () => {
    for (let run = 0; run < 2; run++) {
      const report = await (await send(file([claim]), 'apply')).json();
      expect(report.applied).toBe(true);
    }
    const rows = await getDb().estimate.findMany({
      where: { event: { slug: `claims-${stamp}-import` } },
      include: { source: true, claimant: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      best: 500,
      source: { title: 'Imported claim' },
      claimant: { code: 'KR' },
    });
  });
});

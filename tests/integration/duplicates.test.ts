import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as importRoute } from '../../app/api/import/route.ts';
import { findDuplicatesAction } from '../../lib/actions/duplicates.ts';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { toPartialDate } from '../../lib/dates.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { findDuplicates } from '../../lib/db/events/duplicates.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// Possible duplicates, scored on the seed: its own events must not flag each other (none
// of them reports the same thing twice), while a near-copy of one is flagged at once.

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const AUSTIN = 'US Defense Secretary Austin confirms evidence of DPRK troops in Russia (Rome)';

async function seedProbes() {
  const events = await getDb().event.findMany({
    where: { deletedAt: null },
    include: { actors: { include: { actor: true } } },
    orderBy: { id: 'asc' },
  });
  return events.map((e) => ({
    slug: e.slug,
    title: e.title,
    date: toPartialDate(e.startDate, e.datePrecision),
    actors: e.actors.map((a) => a.actor.code),
  }));
}

describe('findDuplicates on the seed', () => {
  test('no seeded event flags another', async () => {
    const probes = await seedProbes();
    expect(probes.length).toBeGreaterThan(20);
    const hints = await findDuplicates(probes);
    const flagged = probes.flatMap((p, i) => hints[i].map((h) => `${p.slug} ~ ${h.slug}`));
    expect(flagged).toEqual([]);
  });

  test('a near-copy of a seeded event, a day later with the same actors, is flagged', async () => {
    const austin = (await seedProbes()).find((p) => p.title === AUSTIN)!;
    const day = new Date(`${austin.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    const [hints] = await findDuplicates([
      {
        title: 'Austin confirms evidence of North Korean troops in Russia',
        date: day.toISOString().slice(0, 10),
        actors: austin.actors,
      },
    ]);
    expect(hints[0]).toMatchObject({ slug: austin.slug, days: 1 });
    expect(hints[0].sharedActors).toBe(austin.actors.length);
  });

  test('an unrelated title on another date is not flagged', async () => {
    const [hints] = await findDuplicates([
      { title: 'Mongolia hosts a chess tournament', date: '2019-03-03', actors: ['KP'] },
    ]);
    expect(hints).toEqual([]);
  });
});

describe('the editor lookup and the import dry run', () => {
  test('the form lookup answers editors with the hints and refuses anonymous callers', async () => {
    const austin = (await seedProbes()).find((p) => p.title === AUSTIN)!;
    const form = new FormData();
    form.set('title', AUSTIN.replace('(Rome)', 'in Rome'));
    form.set('date', austin.date);
    austin.actors.forEach((code, i) => form.set(`actors.${i}.code`, code));
    const hints = await ambientHeaders.run(new Headers(editor.bearer), () =>
      findDuplicatesAction(form),
    );
    expect(hints.map((h) => h.slug)).toEqual([austin.slug]);
    await expect(findDuplicatesAction(form)).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;401',
    });
    // Its own stored event is never its duplicate.
    form.set('originalSlug', austin.slug);
    expect(
      await ambientHeaders.run(new Headers(editor.bearer), () => findDuplicatesAction(form)),
    ).toEqual([]);
  });

  test('every row of a dry run lists the stored events it may repeat, with their slugs', async () => {
    const austin = (await seedProbes()).find((p) => p.title === AUSTIN)!;
    const rows = [
      {
        slug: 'test-dup-copy',
        title: AUSTIN,
        date: austin.date,
        actors: austin.actors.map((code) => ({ code })),
      },
      { slug: 'test-dup-new', title: 'Something else entirely', date: '2001-01-01' },
    ];
    const res = await importRoute(
      new Request('http://x/api/import?mode=dry-run', {
        method: 'POST',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body: JSON.stringify(rows),
      }),
      {},
    );
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.rows[0].duplicates.map((d: { slug: string }) => d.slug)).toEqual([austin.slug]);
    expect(report.rows[1].duplicates).toEqual([]);
  });
});

describe('the import page’s templates', () => {
  test.each([
    ['events-import-template.csv', 'text/csv'],
    ['events-import-template.json', 'application/json'],
  ])('%s passes a dry run as it is', async (file, type) => {
    const res = await importRoute(
      new Request('http://x/api/import?mode=dry-run', {
        method: 'POST',
        headers: { ...editor.bearer, 'content-type': type },
        body: readFileSync(`public/templates/${file}`, 'utf8'),
      }),
      {},
    );
    const report = await res.json();
    expect(report.rows.flatMap((r: { errors: object }) => Object.entries(r.errors))).toEqual([]);
    expect(report.counts).toEqual({ create: 1, update: 0, error: 0 });
  });
});

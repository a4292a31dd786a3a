import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as createRoute } from '../../app/api/events/route.ts';
import { DELETE, PATCH } from '../../app/api/events/[slug]/route.ts';
import { POST as restoreRoute } from '../../app/api/events/[slug]/restore/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { revertEvent } from '../../lib/db/events/writes.ts';
import { listCorrections, listEventRevisions } from '../../lib/db/events/history.ts';
import { getEvent } from '../../lib/db/events/reads.ts';
import { setReviewRequired } from '../../lib/db/core/settings.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let editor: Awaited<ReturnType<typeof makeUser>>;
const slugs: string[] = [];

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { in: slugs } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const url = 'http://x/api/events';
const json = (method: string, body: unknown, headers: Record<string, string> = editor.bearer) =>
  new Request(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

let n = 0;
function newEvent(extra: object = {}) {
  const slug = `test-write-${Date.now()}-${n++}`;
  slugs.push(slug);
  return {
    slug,
    title: 'Troops seen near Kursk',
    summary: 'First **reports**.',
    date: '2024-10-23',
    datePrecision: 'day',
    actors: [
      { code: 'KP', role: 'participant' },
      { code: 'RU', role: 'host' },
    ],
    tags: ['military'],
    sources: [
      {
        publisher: 'Test wire',
        title: 'Report',
        url: `https://example.org/${slug}`,
        publishedAt: '2024-10-23',
        reliability: 'B',
        credibility: 2,
      },
    ],
    quotes: [{ speaker: 'A. Spokesperson', text: 'We have seen them.', venue: 'Briefing' }],
    ...extra,
  };
}

async function create(extra: object = {}) {
  const res = await createRoute(json('POST', newEvent(extra)), ctx(''));
  expect(res.status).toBe(201);
  return res.json();
}

describe('POST /api/events', () => {
  test('creates a draft with actors, source, quote, a first status entry and revision 1', async () => {
    const event = await create();
    expect(event).toMatchObject({
      version: 1,
      publication: 'draft',
      status: 'reported',
      tags: ['military'],
    });
    expect(event.sources[0]).toMatchObject({ reliability: 'B', credibility: 2 });
    expect(event.quotes[0]).toMatchObject({ speaker: 'A. Spokesperson', venue: 'Briefing' });
    expect(await getEvent(event.slug)).toBeNull();
    const revisions = await listEventRevisions(event.slug);
    expect(revisions).toHaveLength(1);
    expect(revisions![0]).toMatchObject({ version: 1, action: 'create', author: editor.user.name });
  });

  test('works with the session cookie of a signed-in editor, and refuses it from another site', async () => {
    const ok = await createRoute(
      json('POST', newEvent(), { ...editor.cookie, origin: 'http://x' }),
      ctx(''),
    );
    expect(ok.status).toBe(201);
    const cross = await createRoute(
      json('POST', newEvent(), { ...editor.cookie, origin: 'https://evil.example' }),
      ctx(''),
    );
    expect(cross.status).toBe(403);
  });
});

describe('PATCH /api/events/[slug]', () => {
  test('updates from the current version and writes a revision with the changed fields', async () => {
    const event = await create();
    const res = await PATCH(
      json('PATCH', { title: 'Troops confirmed near Kursk', version: 1 }),
      ctx(event.slug),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).version).toBe(2);
    const [latest] = (await listEventRevisions(event.slug))!;
    expect(latest.changes).toEqual([
      { field: 'title', before: 'Troops seen near Kursk', after: 'Troops confirmed near Kursk' },
    ]);
  });

  test('with a stale version returns 409 and the current event, and writes nothing', async () => {
    const event = await create();
    await PATCH(json('PATCH', { title: 'First editor', version: 1 }), ctx(event.slug));
    const res = await PATCH(json('PATCH', { title: 'Second editor', version: 1 }), ctx(event.slug));
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.current).toMatchObject({ title: 'First editor', version: 2 });
    expect((await getEvent(event.slug, { canSeeDrafts: true }))!.title).toBe('First editor');
  });

  test('a status change needs a reason and shows in the status history and corrections log', async () => {
    const event = await create({ publication: 'published' });
    const missing = await PATCH(
      json('PATCH', { status: 'confirmed', version: 1 }),
      ctx(event.slug),
    );
    expect(missing.status).toBe(422);
    expect((await missing.json()).fields).toEqual({ statusReason: 'Say why the status changed' });
    const res = await PATCH(
      json('PATCH', {
        status: 'confirmed',
        statusReason: 'Pentagon confirmed',
        statusSourceUrl: event.sources[0].url,
        version: 1,
      }),
      ctx(event.slug),
    );
    expect(res.status).toBe(200);
    const after = await getEvent(event.slug);
    expect(after!.statusHistory.at(-1)).toMatchObject({
      from: 'reported',
      to: 'confirmed',
      reason: 'Pentagon confirmed',
      source: { url: event.sources[0].url },
    });
    expect(await listCorrections(event.slug)).toEqual([
      { at: expect.any(String), fields: ['status'] },
    ]);
  });

  test('revert brings back an earlier version as a new revision', async () => {
    const event = await create();
    await PATCH(json('PATCH', { title: 'Changed', quotes: [], version: 1 }), ctx(event.slug));
    const reverted = await revertEvent(event.slug, 1, editor.user.id);
    expect(reverted).toMatchObject({ title: 'Troops seen near Kursk', version: 3 });
    expect(reverted.quotes.map((q) => q.text)).toEqual(['We have seen them.']);
    expect((await listEventRevisions(event.slug))![0]).toMatchObject({
      version: 3,
      action: 'revert',
    });
  });

  test('a revert to a version citing a since-trashed source is refused, naming it, and copies nothing', async () => {
    const event = await create();
    const url = event.sources[0].url;
    await PATCH(
      json('PATCH', { title: 'Changed', sources: [], quotes: [], version: 1 }),
      ctx(event.slug),
    );
    await getDb().source.updateMany({ where: { url }, data: { deletedAt: new Date() } });
    await expect(revertEvent(event.slug, 1, editor.user.id)).rejects.toMatchObject({
      code: 'validation',
      fields: { sources: expect.stringContaining('in the trash') },
    });
    expect(await getDb().source.count({ where: { url } })).toBe(1);
    expect((await listEventRevisions(event.slug))![0]).toMatchObject({ version: 2 });
  });
});

describe('DELETE and restore', () => {
  test('a trashed event leaves the public pages and comes back on restore', async () => {
    const event = await create({ publication: 'published' });
    expect(await getEvent(event.slug)).not.toBeNull();
    expect((await DELETE(json('DELETE', {}), ctx(event.slug))).status).toBe(200);
    expect(await getEvent(event.slug)).toBeNull();
    expect((await restoreRoute(json('POST', {}), ctx(event.slug))).status).toBe(200);
    expect(await getEvent(event.slug)).toMatchObject({ version: 3 });
    expect((await listEventRevisions(event.slug))!.map((r) => r.action)).toEqual([
      'restore',
      'trash',
      'create',
    ]);
  });
});

describe('publication with review required', () => {
  test('the author cannot publish their own draft; a second editor can', async () => {
    await setReviewRequired(true);
    try {
      const refusedCreate = await createRoute(
        json('POST', newEvent({ publication: 'published' })),
        ctx(''),
      );
      expect(refusedCreate.status).toBe(403);
      const event = await create();
      const own = await PATCH(
        json('PATCH', { publication: 'published', version: 1 }),
        ctx(event.slug),
      );
      expect(own.status).toBe(403);
      expect((await own.json()).fields).toEqual({
        publication: 'Another editor must publish this event (review is required)',
      });
      const reviewer = await makeUser('editor');
      const res = await PATCH(
        json('PATCH', { publication: 'published', version: 1 }, reviewer.bearer),
        ctx(event.slug),
      );
      expect(res.status).toBe(200);
      expect(await getEvent(event.slug)).not.toBeNull();
    } finally {
      await setReviewRequired(false);
    }
  });
});

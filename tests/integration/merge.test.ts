import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEventRoute } from '../../app/api/events/[slug]/route.ts';
import { POST as mergeRoute } from '../../app/api/events/[slug]/merge/route.ts';
import { POST as unmergeRoute } from '../../app/api/events/[slug]/unmerge/route.ts';
import { POST as restoreRoute } from '../../app/api/events/[slug]/restore/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { createApiToken } from '../../lib/db/accounts/tokens.ts';
import { getEvent } from '../../lib/db/events/reads.ts';
import { createEvent, updateEvent } from '../../lib/db/events/writes.ts';
import { eventToInput } from '../../lib/events/event-input.ts';
import { eventInputSchema } from '../../lib/schemas/event.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// Merging one event into another through the API: who may, what the survivor gains, the
// revisions on both, the 301 from the old slug, and the unmerge that puts it all back.

let editor: Awaited<ReturnType<typeof makeUser>>;
let readOnly: Record<string, string>;
beforeAll(async () => {
  editor = await makeUser('editor');
  readOnly = {
    authorization: `Bearer ${(await createApiToken(editor.user.id, 'reader', null, true)).token}`,
  };
  // The seeded actors (KP, RU, US), as every other file sees them: an actor made here with
  // its code for a name would be what later files find.
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().event.updateMany({
    where: { slug: { startsWith: 'test-merge-' } },
    data: { mergedIntoId: null },
  });
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-merge-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

async function pair(tag: string) {
  const survivor = await createEvent(
    eventInputSchema.parse({
      slug: `test-merge-${tag}-keep`,
      title: 'North Korean troops reach Kursk',
      date: '2024-11-04',
      publication: 'published',
      actors: [{ code: 'KP' }, { code: 'RU' }],
      tags: ['military'],
      sources: [
        { publisher: 'Yonhap', title: 'Troops in Kursk', url: `https://example.org/${tag}/yonhap` },
      ],
    }),
    editor.user.id,
  );
  const copy = await createEvent(
    eventInputSchema.parse({
      slug: `test-merge-${tag}-copy`,
      title: 'DPRK troops arrive in Kursk',
      date: '2024-11-05',
      publication: 'published',
      actors: [{ code: 'KP' }, { code: 'US' }],
      tags: ['troops'],
      sources: [
        { publisher: 'Reuters', title: 'Kursk arrival', url: `https://example.org/${tag}/reuters` },
      ],
      quotes: [{ speaker: 'A spokesman', text: 'They are there.' }],
    }),
    editor.user.id,
  );
  return { survivor, copy };
}

const merge = (slug: string, into: string, headers: Record<string, string>) =>
  mergeRoute(
    new Request(`http://x/api/events/${slug}/merge`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ into }),
    }),
    { params: Promise.resolve({ slug }) },
  );
/** POST /api/events/{slug}/unmerge (or /restore), as `headers` say. */
const postTo = (
  route: typeof unmergeRoute,
  action: 'unmerge' | 'restore',
  slug: string,
  headers: Record<string, string> = {},
) =>
  route(new Request(`http://x/api/events/${slug}/${action}`, { method: 'POST', headers }), {
    params: Promise.resolve({ slug }),
  });
const unmerge = (slug: string, headers?: Record<string, string>) =>
  postTo(unmergeRoute, 'unmerge', slug, headers);
const read = (slug: string, headers: Record<string, string> = {}) =>
  getEventRoute(new Request(`http://x/api/events/${slug}`, { headers }), {
    params: Promise.resolve({ slug }),
  });
const actions = async (slug: string) => {
  const { id } = await getDb().event.findUniqueOrThrow({ where: { slug } });
  return (
    await getDb().revision.findMany({
      where: { entityType: 'event', entityId: id },
      orderBy: { version: 'asc' },
    })
  ).map((r) => r.action);
};

describe('POST /api/events/{slug}/merge', () => {
  test('is refused to anonymous callers (401) and read-only tokens (403), changing nothing', async () => {
    const { survivor, copy } = await pair('refused');
    expect((await merge(copy.slug, survivor.slug, {})).status).toBe(401);
    expect((await merge(copy.slug, survivor.slug, readOnly)).status).toBe(403);
    expect(await getEvent(copy.slug)).not.toBeNull();
    expect(await actions(survivor.slug)).toEqual(['create']);
  });

  test('names a bad survivor as a 422 on `into`', async () => {
    const { copy } = await pair('bad');
    const self = await merge(copy.slug, copy.slug, editor.bearer);
    expect(self.status).toBe(422);
    expect((await self.json()).fields.into).toMatch(/itself/);
    const none = await merge(copy.slug, 'no-such-event', editor.bearer);
    expect((await none.json()).fields.into).toMatch(/No event/);
  });

  test('unites actors, tags, sources and quotes; the old slug answers 301; unmerge restores both', async () => {
    const { survivor, copy } = await pair('full');
    const res = await merge(copy.slug, survivor.slug, editor.bearer);
    expect(res.status).toBe(200);
    const united = await res.json();
    expect(united.actors.map((a: { code: string }) => a.code).sort()).toEqual(['KP', 'RU', 'US']);
    expect(united.tags.sort()).toEqual(['military', 'troops']);
    expect(united.sources.map((s: { publisher: string }) => s.publisher).sort()).toEqual([
      'Reuters',
      'Yonhap',
    ]);
    expect(united.quotes.map((q: { text: string }) => q.text)).toEqual(['They are there.']);

    // Both histories are kept, each with its merge.
    expect(await actions(survivor.slug)).toEqual(['create', 'merge']);
    expect(await actions(copy.slug)).toEqual(['create', 'merge']);

    for (const headers of [{}, editor.bearer]) {
      const moved = await read(copy.slug, headers);
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(`/api/events/${survivor.slug}`);
    }
    expect((await read('test-merge-never-existed')).status).toBe(404);

    expect((await unmerge(copy.slug)).status).toBe(401);
    const undone = await unmerge(copy.slug, editor.bearer);
    expect(undone.status).toBe(200);
    const back = await getEvent(copy.slug);
    expect(back).toMatchObject({ title: 'DPRK troops arrive in Kursk', tags: ['troops'] });
    expect(back!.quotes.map((q) => q.text)).toEqual(['They are there.']);
    const kept = (await getEvent(survivor.slug))!;
    expect(kept.actors.map((a) => a.code).sort()).toEqual(['KP', 'RU']);
    expect(kept.tags).toEqual(['military']);
    expect(kept.sources.map((s) => s.publisher)).toEqual(['Yonhap']);
    expect(kept.quotes).toEqual([]);
    expect(await actions(survivor.slug)).toEqual(['create', 'merge', 'revert']);
    expect(await actions(copy.slug)).toEqual(['create', 'merge', 'restore']);
    expect((await read(copy.slug)).status).toBe(200);
  });

  test("undoing a merge keeps the survivor's own quotes, and restores the merged event's", async () => {
    const { survivor, copy } = await pair('own-quote');
    await updateEvent(
      survivor.slug,
      eventInputSchema.parse({
        ...eventToInput(survivor),
        quotes: [{ speaker: 'Lloyd Austin', text: 'There is evidence.' }],
      }),
      survivor.version,
      editor.user.id,
    );
    expect((await merge(copy.slug, survivor.slug, editor.bearer)).status).toBe(200);
    const united = (await getEvent(survivor.slug))!;
    expect(united.quotes.map((q) => q.text).sort()).toEqual([
      'There is evidence.',
      'They are there.',
    ]);
    const undone = await unmerge(copy.slug, editor.bearer);
    expect(undone.status).toBe(200);
    expect((await getEvent(survivor.slug))!.quotes.map((q) => q.text)).toEqual([
      'There is evidence.',
    ]);
    expect((await getEvent(copy.slug))!.quotes.map((q) => q.text)).toEqual(['They are there.']);
  });

  test('undoing a merge into a seeded event leaves its quotes as the seed wrote them', async () => {
    await seedDatabase(getDb(), readSeedDataset());
    // (Not the Austin event: events.test.ts reads it as the seed wrote it, version 1.)
    const seeded = 'putin-kim-comprehensive-strategic-partnership-treaty';
    const before = (await getEvent(seeded))!;
    expect(before.quotes.length).toBeGreaterThan(0);
    const copy = await createEvent(
      eventInputSchema.parse({
        slug: 'test-merge-seeded-copy',
        title: 'Putin and Kim sign a partnership treaty',
        date: '2024-06-19',
        publication: 'published',
        actors: [{ code: 'US' }],
      }),
      editor.user.id,
    );
    expect((await merge(copy.slug, seeded, editor.bearer)).status).toBe(200);
    const undone = await unmerge(copy.slug, editor.bearer);
    expect(undone.status).toBe(200);
    const after = (await getEvent(seeded))!;
    expect(after.quotes.map((q) => [q.speaker, q.text])).toEqual(
      before.quotes.map((q) => [q.speaker, q.text]),
    );
  });

  test('restoring a merged event from the trash undoes the merge', async () => {
    const { survivor, copy } = await pair('restore');
    expect((await merge(copy.slug, survivor.slug, editor.bearer)).status).toBe(200);
    const res = await postTo(restoreRoute, 'restore', copy.slug, editor.bearer);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ slug: copy.slug });
    expect((await getEvent(copy.slug))!.quotes.map((q) => q.text)).toEqual(['They are there.']);
    expect((await getEvent(survivor.slug))!.quotes).toEqual([]);
    expect((await read(copy.slug)).status).toBe(200);
    const row = await getDb().event.findUniqueOrThrow({ where: { slug: copy.slug } });
    expect(row.mergedIntoId).toBeNull();
  });

  test('an event merged into a draft redirects editors only; readers get a 404 naming nothing', async () => {
    const { survivor, copy } = await pair('draft');
    await updateEvent(
      survivor.slug,
      eventInputSchema.parse({ ...eventToInput(survivor), publication: 'draft' }),
      survivor.version,
      editor.user.id,
    );
    expect((await merge(copy.slug, survivor.slug, editor.bearer)).status).toBe(200);
    const anonymous = await read(copy.slug);
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get('location')).toBeNull();
    const editorRead = await read(copy.slug, editor.bearer);
    expect(editorRead.status).toBe(301);
    expect(editorRead.headers.get('location')).toBe(`/api/events/${survivor.slug}`);
  });
});

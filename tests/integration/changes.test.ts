import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { GET as changesRoute } from '../../app/api/changes/route.ts';
import { GET as changesAtomRoute } from '../../app/changes.xml/route.ts';
import { POST as createEventRoute } from '../../app/api/events/route.ts';
import { DELETE, PATCH } from '../../app/api/events/[slug]/route.ts';
import { POST as restoreRoute } from '../../app/api/events/[slug]/restore/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { createRecord, setRecordTrashed, updateRecord } from '../../lib/db/versioned/writes.ts';
import { QUOTE_SPEC, TAG_SPEC } from '../../lib/db/versioned/specs.ts';
import { changeEntrySchema } from '../../lib/schemas/responses/changes.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import type { ChangeEntry } from '../../lib/shapes/changes.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let editor: Awaited<ReturnType<typeof makeUser>>;
const slugs: string[] = [];
const tagSlugs: string[] = [];

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await getDb().quote.deleteMany({ where: { speaker: 'Feed test speaker' } });
  await getDb().event.deleteMany({ where: { slug: { in: slugs } } });
  await getDb().tag.deleteMany({ where: { slug: { in: tagSlugs } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

interface Page {
  items: ChangeEntry[];
  nextCursor: string;
  more: boolean;
}

async function page(since: string, limit = 100): Promise<Page> {
  const res = await changesRoute(
    new Request(`http://x/api/changes?since=${encodeURIComponent(since)}&limit=${limit}`),
    {},
  );
  expect(res.status).toBe(200);
  return res.json();
}

/** Every change after `since`, page by page, and the cursor to ask with next. */
async function drain(since = '', limit = 100) {
  const items: ChangeEntry[] = [];
  let cursor = since;
  for (;;) {
    const p = await page(cursor, limit);
    items.push(...p.items);
    cursor = p.nextCursor;
    if (!p.more) return { items, cursor };
  }
}

let n = 0;
const tagSlug = () => {
  const slug = `feed-tag-${Date.now()}-${n++}`;
  tagSlugs.push(slug);
  return slug;
};

describe('GET /api/changes', () => {
  test('holds back a change committed while an older writer is still open, then gives both once, in order', async () => {
    const { cursor: start } = await drain();
    const [a, b] = [tagSlug(), tagSlug()];
    let wrote!: () => void;
    const aWrote = new Promise<void>((resolve) => (wrote = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Writer A takes the lower revision id and stays open; writer B commits after it.
    const writerA = getDb().$transaction(
      async (tx) => {
        await createRecord(TAG_SPEC, { slug: a, name: 'Writer A' }, null, tx);
        wrote();
        await gate;
      },
      { timeout: 20_000 },
    );
    await aWrote;
    await createRecord(TAG_SPEC, { slug: b, name: 'Writer B' }, null);
    const ids = await getDb().revision.findMany({
      where: { entityType: 'tag', snapshot: { path: ['slug'], string_contains: 'feed-tag-' } },
      select: { id: true, snapshot: true },
      orderBy: { id: 'asc' },
    });
    expect(ids.map((r) => (r.snapshot as { slug: string }).slug)).toContain(b);
    // B is committed, but paging by id would now step past A's lower, uncommitted id.
    const early = await drain(start);
    expect(early.items.map((i) => i.key)).not.toContain(b);
    expect(early.cursor).toBe(start);
    release();
    await writerA;
    const late = await drain(start);
    expect(late.items.filter((i) => i.kind === 'tag').map((i) => i.key)).toEqual([a, b]);
    expect((await drain(late.cursor)).items).toEqual([]);
  });

  test('two concurrent writers: every change exactly once across small pages read while they write', async () => {
    const { cursor: start } = await drain();
    const [x, y] = [tagSlug(), tagSlug()];
    const expected = new Map<string, number>();
    const writer = async (slug: string) => {
      let version = (await createRecord(TAG_SPEC, { slug, name: `${slug} 0` }, null)).version;
      for (let i = 1; i <= 12; i++) {
        if (i % 5 === 0) {
          version = (await setRecordTrashed(TAG_SPEC, slug, true, null)).version;
          version = (await setRecordTrashed(TAG_SPEC, slug, false, null)).version;
        } else {
          const r = await updateRecord(
            TAG_SPEC,
            slug,
            { slug, name: `${slug} ${i}` },
            version,
            null,
          );
          version = r.record!.version;
        }
      }
      expected.set(slug, version);
    };
    const seen: ChangeEntry[] = [];
    let cursor = start;
    let done = false;
    const writers = Promise.all([writer(x), writer(y)]).finally(() => (done = true));
    // Read in pages of 3 while both write, then to the end.
    while (!done) {
      const p = await page(cursor, 3);
      seen.push(...p.items);
      cursor = p.nextCursor;
    }
    await writers;
    seen.push(...(await drain(cursor, 3)).items);
    for (const slug of [x, y]) {
      const mine = seen.filter((i) => i.kind === 'tag' && i.key === slug);
      // Versions 1…last, each once, in order: creates, updates, trashes and restores.
      expect(mine.map((i) => i.version)).toEqual(
        Array.from({ length: expected.get(slug)! }, (_, i) => i + 1),
      );
      expect(mine.filter((i) => i.change === 'trash').every((i) => i.removed)).toBe(true);
      expect(mine.filter((i) => i.change === 'trash')).toHaveLength(2);
      expect(mine.filter((i) => i.change === 'restore')).toHaveLength(2);
      expect(mine[0]).toMatchObject({
        change: 'create',
        removed: false,
        href: `/api/tags/${slug}`,
      });
    }
  });

  const write = (method: string, body: unknown = {}) =>
    new Request('http://x/api/events', {
      method,
      headers: { 'content-type': 'application/json', ...editor.bearer },
      body: JSON.stringify(body),
    });
  const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

  test('never shows a draft, reports publish, status, trash and restore of an event, and nothing editor-only', async () => {
    const { cursor: start } = await drain();
    const slug = `feed-event-${Date.now()}`;
    slugs.push(slug);
    const created = await createEventRoute(
      write('POST', {
        slug,
        title: 'Secret draft title',
        date: '2024-10-23',
        actors: [{ code: 'KP' }],
        notes: 'Editor working notes',
      }),
      ctx(''),
    );
    expect(created.status).toBe(201);
    await PATCH(write('PATCH', { title: 'Still a draft', version: 1 }), ctx(slug));
    // A quote said at the draft event: hidden from readers, so from the feed too.
    await createRecord(
      QUOTE_SPEC,
      QUOTE_SPEC.schema.parse({ speaker: 'Feed test speaker', text: 'Hidden', event: slug }),
      null,
    );
    const whileDraft = await drain(start);
    expect(whileDraft.items.filter((i) => i.key === slug || i.kind === 'quote')).toEqual([]);
    expect(JSON.stringify(whileDraft.items)).not.toContain('Secret draft');

    await PATCH(write('PATCH', { publication: 'published', version: 2 }), ctx(slug));
    await PATCH(
      write('PATCH', {
        status: 'confirmed',
        statusReason: 'Confirmed by a second source',
        version: 3,
      }),
      ctx(slug),
    );
    expect((await DELETE(write('DELETE'), ctx(slug))).status).toBe(200);
    expect((await restoreRoute(write('POST'), ctx(slug))).status).toBe(200);
    await PATCH(write('PATCH', { publication: 'draft', version: 6 }), ctx(slug));

    const after = await drain(whileDraft.cursor);
    const mine = after.items.filter((i) => i.kind === 'event' && i.key === slug);
    expect(mine.map((i) => [i.change, i.version, i.removed])).toEqual([
      ['publish', 3, false],
      ['status', 4, false],
      ['trash', 5, true],
      ['restore', 6, false],
      ['unpublish', 7, true],
    ]);
    expect(mine[0].href).toBe(`/api/events/${slug}?rev=3`);
    const quotes = after.items.filter((i) => i.kind === 'quote');
    // The quote's event is a draft again: its quote stays out.
    expect(quotes).toEqual([]);
    for (const item of after.items) {
      // Only the documented fields (an event's entry adds its status), nothing editor-only.
      expect(changeEntrySchema.strict().safeParse(item).success).toBe(true);
    }
    expect(JSON.stringify(after.items)).not.toContain('Editor working notes');
  });

  test('names a bad cursor or limit, and answers an ETag that changes with a new change', async () => {
    const bad = await changesRoute(new Request('http://x/api/changes?since=nonsense'), {});
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('since');
    const big = await changesRoute(new Request('http://x/api/changes?limit=501'), {});
    expect((await big.json()).fields).toHaveProperty('limit');
    const first = await changesRoute(new Request('http://x/api/changes'), {});
    const etag = first.headers.get('etag')!;
    const again = await changesRoute(
      new Request('http://x/api/changes', { headers: { 'if-none-match': etag } }),
      {},
    );
    expect(again.status).toBe(304);
    await createRecord(TAG_SPEC, { slug: tagSlug(), name: 'New' }, null);
    const changed = await changesRoute(
      new Request('http://x/api/changes', { headers: { 'if-none-match': etag } }),
      {},
    );
    expect(changed.status).toBe(200);
  });

  test('/changes.xml lists the latest changes as Atom, newest first, with the same keys', async () => {
    const slug = tagSlug();
    await createRecord(TAG_SPEC, { slug, name: 'Atom tag' }, null);
    await setRecordTrashed(TAG_SPEC, slug, true, null);
    const res = await changesAtomRoute(new Request('http://x/changes.xml'), {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await res.text()).feed;
    const entries = [feed.entry].flat();
    expect(entries[0].title).toBe(`tag ${slug}: trash (removed)`);
    expect(entries[1].title).toBe(`tag ${slug}: create`);
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(entries.length);
  });
});

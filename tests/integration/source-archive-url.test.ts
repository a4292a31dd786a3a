import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as createSourceRoute } from '../../app/api/sources/route.ts';
import {
  GET as getSourceRoute,
  PATCH as patchSourceRoute,
} from '../../app/api/sources/[id]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { getEvent } from '../../lib/db/events/reads.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// A source may name a copy kept by a public web archive (issue #19): editors enter it,
// the API and the event page carry it, and it is held to the same URL rule as the source's.

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const create = (body: object) =>
  createSourceRoute(
    new Request('http://x/api/sources', {
      method: 'POST',
      headers: editor.bearer,
      body: JSON.stringify(body),
    }),
    {},
  );

describe('a source’s web archive copy', () => {
  test('is kept, returned by the API, revised like any field, and shown with the event', async () => {
    const path = `archive-url-${Date.now()}`;
    const archiveUrl = `https://web.archive.org/web/20241023000000/https://example.org/${path}`;
    const res = await create({
      publisher: 'P',
      title: 'T',
      url: `https://example.org/${path}`,
      archiveUrl,
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const params = { params: Promise.resolve({ id: String(id) }) };
    // Cited by nothing yet, it is not public: its editor reads it.
    const read = await (
      await getSourceRoute(
        new Request(`http://x/api/sources/${id}`, { headers: editor.bearer }),
        params,
      )
    ).json();
    expect(read.archiveUrl).toBe(archiveUrl);

    const cleared = await patchSourceRoute(
      new Request(`http://x/api/sources/${id}`, {
        method: 'PATCH',
        headers: editor.bearer,
        body: JSON.stringify({ archiveUrl: null, version: read.version }),
      }),
      params,
    );
    expect(cleared.status).toBe(200);
    expect((await cleared.json()).archiveUrl).toBeNull();

    // A seeded event shows its sources' archive copies.
    const cited = await getDb().eventSource.findFirstOrThrow({
      where: { event: { publication: 'published', deletedAt: null } },
      include: { event: true },
    });
    await getDb().source.update({ where: { id: cited.sourceId }, data: { archiveUrl } });
    const event = await getEvent(cited.event.slug);
    expect(event!.sources.map((s) => s.archiveUrl)).toContain(archiveUrl);
    await getDb().source.update({ where: { id: cited.sourceId }, data: { archiveUrl: null } });
  });

  test('a link that is not http(s) is a 422 naming archiveUrl, and nothing is written', async () => {
    const before = await getDb().source.count();
    const res = await create({
      publisher: 'P',
      title: 'T',
      url: `https://example.org/bad-archive-${Date.now()}`,
      archiveUrl: 'javascript:alert(1)',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).fields).toHaveProperty('archiveUrl');
    expect(await getDb().source.count()).toBe(before);
  });
});

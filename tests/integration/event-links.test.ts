import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as linkItem from '../../app/api/event-links/[id]/route.ts';
import * as linkRestore from '../../app/api/event-links/[id]/restore/route.ts';
import * as linkCollection from '../../app/api/event-links/route.ts';
import * as eventItem from '../../app/api/events/[slug]/route.ts';
import * as timeline from '../../app/api/timeline/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { createApiToken } from '../../lib/db/accounts/tokens.ts';
import { listRecordRevisions } from '../../lib/db/versioned/history.ts';
import { revertRecord } from '../../lib/db/versioned/writes.ts';
import { EVENT_LINK_SPEC } from '../../lib/db/versioned/specs.ts';
import { documented } from '../helpers/openapi.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

type Route = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

let editor: Awaited<ReturnType<typeof makeUser>>;
let readOnly: Record<string, string>;
let earlier: { id: number; slug: string; title: string };
let later: { id: number; slug: string; title: string };
let draft: { slug: string };
let sourceId: number;
let id: string;

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
  readOnly = {
    authorization: `Bearer ${(await createApiToken(editor.user.id, 'read-only', null, true)).token}`,
  };
  earlier = await makeEvent({ title: 'Link test: troops deployed', date: '2031-03-01' });
  later = await makeEvent({ title: 'Link test: sanctions in response', date: '2031-03-09' });
  draft = await makeEvent({ publication: 'draft', date: '2031-03-05' });
  sourceId = (
    await getDb().source.findFirstOrThrow({
      where: { events: { some: { eventId: later.id } } },
      select: { id: true },
    })
  ).id;
});
afterAll(async () => {
  await cleanupTestRecords();
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const call = (
  route: Route,
  method: string,
  params: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = editor.bearer,
  url = 'http://x/api/event-links',
) =>
  route(
    new Request(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

/** The event as a reader gets it from the API (no credentials). */
const readEvent = async (slug: string) =>
  (await call(eventItem.GET as Route, 'GET', { slug }, undefined, {})).json();

describe('event links, on the one write path', () => {
  test('the seed links events whose own text states the connection, each with a note and source', async () => {
    const seeded = await getDb().eventLink.findMany({
      where: { note: { not: null }, from: { slug: 'msmt-launched' } },
      include: { to: { select: { slug: true } }, source: { select: { key: true } } },
    });
    expect(seeded.map((l) => [l.kind, l.to.slug, l.source?.key])).toEqual([
      ['responds_to', 'un-panel-of-experts-ceases', 'upi_msmt'],
    ]);
    expect(seeded[0].note).toMatch(/panel’s demise/);
    const revisions = await listRecordRevisions(EVENT_LINK_SPEC, String(seeded[0].id));
    expect(revisions!.map((r) => r.action)).toEqual(['create']);
    const msmt = await readEvent('msmt-launched');
    expect(msmt.links).toEqual([
      expect.objectContaining({
        kind: 'responds_to',
        direction: 'out',
        other: expect.objectContaining({
          slug: 'un-panel-of-experts-ceases',
          datePrecision: 'month',
        }),
      }),
    ]);
    const panel = await readEvent('un-panel-of-experts-ceases');
    expect(
      panel.links.map((l: { direction: string; other: { slug: string } }) => [
        l.direction,
        l.other.slug,
      ]),
    ).toEqual([
      ['out', 'russia-vetoes-un-panel-of-experts'],
      ['in', 'msmt-launched'],
    ]);
  });

  test('POST creates a link with its first revision; both events list it', async () => {
    const res = await call(
      linkCollection.POST,
      'POST',
      {},
      {
        from: later.slug,
        to: earlier.slug,
        kind: 'responds_to',
        note: 'Announced “in response to the deployment”.',
        source: sourceId,
      },
    );
    expect(res.status).toBe(201);
    const link = await res.json();
    expect(link).toMatchObject({
      from: later.slug,
      to: earlier.slug,
      kind: 'responds_to',
      source: sourceId,
      version: 1,
      trashedAt: null,
    });
    id = String(link.id);
    expect((await listRecordRevisions(EVENT_LINK_SPEC, id))!.map((r) => r.action)).toEqual([
      'create',
    ]);
    expect((await readEvent(later.slug)).links).toEqual([
      expect.objectContaining({
        direction: 'out',
        other: expect.objectContaining({ slug: earlier.slug }),
      }),
    ]);
    expect((await readEvent(earlier.slug)).links).toEqual([
      expect.objectContaining({
        direction: 'in',
        other: expect.objectContaining({ slug: later.slug }),
      }),
    ]);
  });

  test('the timeline window holding both events carries the link; one holding one end does not', async () => {
    const window = async (from: string, to: string) =>
      (
        await call(
          timeline.GET as Route,
          'GET',
          {},
          undefined,
          {},
          `http://x/api/timeline?from=${from}&to=${to}`,
        )
      ).json();
    const both = await window('2031-02-25', '2031-03-15');
    expect(both.mode).toBe('items');
    expect(both.links).toContainEqual({ from: later.slug, to: earlier.slug, kind: 'responds_to' });
    const one = await window('2031-03-05', '2031-03-15');
    expect(one.links.filter((l: { from: string }) => l.from === later.slug)).toEqual([]);
  });

  test('a self-link, a second copy and unknown slugs are 422 naming the field; nothing is written', async () => {
    const before = await getDb().eventLink.count();
    for (const [body, field] of [
      [{ from: later.slug, to: later.slug, kind: 'responds_to' }, 'to'],
      [{ from: later.slug, to: earlier.slug, kind: 'responds_to' }, 'to'],
      [{ from: 'no-such-event-anywhere', to: earlier.slug, kind: 'responds_to' }, 'from'],
      [{ from: later.slug, to: 'no-such-event-anywhere', kind: 'follows_from' }, 'to'],
      [{ from: later.slug, to: earlier.slug, kind: 'caused' }, 'kind'],
      [{ from: later.slug, to: earlier.slug, kind: 'follows_from', source: 999999999 }, 'source'],
    ] as const) {
      const res = await call(linkCollection.POST, 'POST', {}, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys((await res.json()).fields)).toContain(field);
    }
    // A PATCH onto another link's pair is a duplicate too.
    const other = await call(
      linkCollection.POST,
      'POST',
      {},
      { from: later.slug, to: earlier.slug, kind: 'follows_from' },
    );
    expect(other.status).toBe(201);
    const otherId = String((await other.json()).id);
    const clash = await call(
      linkItem.PATCH,
      'PATCH',
      { id: otherId },
      { kind: 'responds_to', version: 1 },
    );
    expect(clash.status).toBe(422);
    expect((await clash.json()).fields.to).toMatch(/already linked/);
    expect((await call(linkItem.DELETE, 'DELETE', { id: otherId })).status).toBe(200);
    expect(await getDb().eventLink.count()).toBe(before + 1);
  });

  test('PATCH revises from the current version; a stale one gets 409; revert brings version 1 back', async () => {
    const ok = await call(linkItem.PATCH, 'PATCH', { id }, { note: null, version: 1 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ note: null, version: 2 });
    const stale = await call(linkItem.PATCH, 'PATCH', { id }, { note: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    const reverted = await revertRecord(EVENT_LINK_SPEC, id, 1, editor.user.id);
    expect(reverted).toMatchObject({
      note: 'Announced “in response to the deployment”.',
      version: 3,
    });
    expect((await listRecordRevisions(EVENT_LINK_SPEC, id))!.map((r) => r.action)).toEqual([
      'revert',
      'update',
      'create',
    ]);
  });

  test('DELETE trashes (gone from both events and the public GET); restore brings it back', async () => {
    expect((await call(linkItem.DELETE, 'DELETE', { id })).status).toBe(200);
    expect((await call(linkItem.GET as Route, 'GET', { id }, undefined, {})).status).toBe(404);
    expect((await readEvent(later.slug)).links).toEqual([]);
    expect((await readEvent(earlier.slug)).links).toEqual([]);
    expect((await call(linkRestore.POST, 'POST', { id })).status).toBe(200);
    expect((await call(linkItem.GET as Route, 'GET', { id }, undefined, {})).status).toBe(200);
    expect((await readEvent(later.slug)).links).toHaveLength(1);
    expect(
      (await listRecordRevisions(EVENT_LINK_SPEC, id))!.slice(0, 2).map((r) => r.action),
    ).toEqual(['restore', 'trash']);
  });

  test('readers never see a link to a draft; editors do', async () => {
    const res = await call(
      linkCollection.POST,
      'POST',
      {},
      { from: later.slug, to: draft.slug, kind: 'follows_from' },
    );
    expect(res.status).toBe(201);
    const draftLink = String((await res.json()).id);
    expect(
      (await call(linkItem.GET as Route, 'GET', { id: draftLink }, undefined, {})).status,
    ).toBe(404);
    expect((await call(linkItem.GET as Route, 'GET', { id: draftLink })).status).toBe(200);
    const slugs = (await readEvent(later.slug)).links.map(
      (l: { other: { slug: string } }) => l.other.slug,
    );
    expect(slugs).toEqual([earlier.slug]);
    const asEditor = await (await call(eventItem.GET as Route, 'GET', { slug: later.slug })).json();
    expect(asEditor.links.map((l: { other: { slug: string } }) => l.other.slug)).toContain(
      draft.slug,
    );
  });

  test('signed out or with an unknown token: 401; a read-only token: 403; nothing changes', async () => {
    const body = { from: earlier.slug, to: later.slug, kind: 'follows_from' };
    const before = await getDb().eventLink.count();
    const anonymous: Record<string, string>[] = [{}, { authorization: 'Bearer at_not-a-token' }];
    for (const headers of anonymous) {
      expect((await call(linkCollection.POST, 'POST', {}, body, headers)).status).toBe(401);
      expect((await call(linkItem.DELETE, 'DELETE', { id }, undefined, headers)).status).toBe(401);
      expect(
        (await call(linkItem.PATCH, 'PATCH', { id }, { note: 'X', version: 3 }, headers)).status,
      ).toBe(401);
    }
    expect((await call(linkCollection.POST, 'POST', {}, body, readOnly)).status).toBe(403);
    expect((await call(linkItem.DELETE, 'DELETE', { id }, undefined, readOnly)).status).toBe(403);
    expect((await call(linkRestore.POST, 'POST', { id }, undefined, readOnly)).status).toBe(403);
    expect(await getDb().eventLink.count()).toBe(before);
    expect((await call(linkItem.GET as Route, 'GET', { id }, undefined, {})).status).toBe(200);
  });

  test('the OpenAPI document lists the link operations and schemas', () => {
    expect(documented.operationIds).toEqual(
      expect.arrayContaining([
        'createEventLink',
        'getEventLink',
        'updateEventLink',
        'trashEventLink',
        'restoreEventLink',
      ]),
    );
    expect(documented.paths).toEqual(
      expect.arrayContaining([
        '/api/event-links',
        '/api/event-links/{id}',
        '/api/event-links/{id}/restore',
      ]),
    );
    expect(documented.schemas).toEqual(
      expect.arrayContaining(['EventLink', 'EventLinkInput', 'EventLinkPatch', 'EventWithLinks']),
    );
  });
});

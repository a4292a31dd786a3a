import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { openApiDocument } from '../../lib/openapi.ts';
import { RESPONSE_SCHEMAS } from '../../lib/openapi/schemas.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { readSamples, type ReadSample } from '../helpers/read-samples.ts';

// Real answers against the document: each call's status must be one the operation lists,
// and its JSON body must fit the schema the document names for that status, field for
// field (a field the schema leaves out, or one of the wrong type, fails).

type Json = Record<string, unknown>;
type Handler = (request: Request, context: { params: Promise<Json> }) => Promise<Response>;
interface Call {
  operationId: string;
  route: string;
  url: string;
  params?: Record<string, string>;
  method?: string;
  body?: unknown;
  auth?: boolean;
}

const doc = openApiDocument as unknown as { paths: Record<string, Record<string, Json>> };
const operations = Object.values(doc.paths).flatMap((item) => Object.entries(item));
const operation = (id: string) => operations.find(([, op]) => op.operationId === id)!;

/** The zod schema behind the JSON body the document names for an operation's status. */
function documentedSchema(operationId: string, status: number): z.ZodType {
  const responses = operation(operationId)[1].responses as Record<string, Json>;
  let response = responses[String(status)];
  expect(response, `${operationId} does not list ${status}`).toBeDefined();
  if (typeof response.$ref === 'string')
    response = (openApiDocument.components.responses as Record<string, Json>)[
      response.$ref.split('/').pop()!
    ];
  const { schema } = (response.content as Record<string, { schema: Json }>)['application/json'];
  const named = (ref: unknown) =>
    RESPONSE_SCHEMAS[String(ref).split('/').pop() as keyof typeof RESPONSE_SCHEMAS];
  if (schema.$ref) return named(schema.$ref);
  return z.array(named((schema.items as Json).$ref));
}

let editor: Awaited<ReturnType<typeof makeUser>>;
let samples: Record<string, ReadSample>;
let richEvent: string;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
  samples = await readSamples();
  // An event with quotes and a status history, so their shapes are checked too.
  const event = await getDb().event.findFirstOrThrow({
    where: { publication: 'published', deletedAt: null, quotes: { some: {} } },
    orderBy: { id: 'asc' },
  });
  richEvent = event.slug;
});
afterAll(async () => {
  await getDb().tag.deleteMany({ where: { slug: { startsWith: 'test-openapi-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

async function run(call: Call) {
  const { GET, POST, PATCH } = (await import(
    /* @vite-ignore */ path.resolve(`app${call.route}/route.ts`)
  )) as Record<string, Handler>;
  const method = call.method ?? 'GET';
  const handler = { GET, POST, PATCH }[method]!;
  const response = await handler(
    new Request(`http://x${call.url}`, {
      method,
      headers: {
        ...(call.auth ? editor.bearer : {}),
        ...(call.body ? { 'content-type': 'application/json' } : {}),
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }),
    { params: Promise.resolve(call.params ?? {}) },
  );
  return { status: response.status, body: await response.json() };
}

async function expectDocumented(call: Call) {
  const { status, body } = await run(call);
  const schema = documentedSchema(call.operationId, status);
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? [], `${call.operationId} ${status}`).toEqual([]);
  // Parsing drops fields a schema does not name: any missing field shows here.
  expect(parsed.data).toEqual(body);
  return { status, body };
}

const sample = (operationId: string, file: string): Call => ({
  operationId,
  route: path.dirname(file).slice('app'.length),
  ...samples[file],
});

describe('answers of the read API', () => {
  const reads: [string, string][] = [
    ['listEvents', 'app/api/events/route.ts'],
    ['getEvent', 'app/api/events/[slug]/route.ts'],
    ['exportEventsJson', 'app/api/events/export.json/route.ts'],
    ['listActors', 'app/api/actors/route.ts'],
    ['listTags', 'app/api/tags/route.ts'],
    ['getActor', 'app/api/actors/[code]/route.ts'],
    ['getTag', 'app/api/tags/[slug]/route.ts'],
    ['getSource', 'app/api/sources/[id]/route.ts'],
    ['getQuote', 'app/api/quotes/[id]/route.ts'],
    ['getTradeObservation', 'app/api/trade/observations/[id]/route.ts'],
    ['listRelations', 'app/api/relations/route.ts'],
    ['getRelation', 'app/api/relations/[key]/route.ts'],
    ['getAllianceNetwork', 'app/api/alliances/route.ts'],
    ['getTradeChart', 'app/api/trade/route.ts'],
    ['getTimeline', 'app/api/timeline/route.ts'],
    ['listChanges', 'app/api/changes/route.ts'],
    ['getFilterFacets', 'app/api/timeline/facets/route.ts'],
    ['listEstimates', 'app/api/estimates/route.ts'],
    ['getEstimate', 'app/api/estimates/[id]/route.ts'],
    ['listEras', 'app/api/eras/route.ts'],
    ['getEra', 'app/api/eras/[slug]/route.ts'],
    ['getEventLink', 'app/api/event-links/[id]/route.ts'],
  ];

  test('cover every JSON read of the document', () => {
    const jsonReads = operations
      .filter(([method, op]) => {
        const ok = (op.responses as Record<string, Json>)['200'];
        return method === 'get' && 'application/json' in ((ok.content as Json) ?? {});
      })
      .map(([, op]) => op.operationId);
    const checked = [...reads.map(([id]) => id), 'getHealth', 'getOpenApiDocument'];
    expect(jsonReads.filter((id) => !checked.includes(id as string))).toEqual([]);
  });

  test.each(reads)('%s fits its schema', async (operationId, file) => {
    expect((await expectDocumented(sample(operationId, file))).status).toBe(200);
  });

  test.each([
    ['listEvents', '/api/events', '?q=troops', 'highlights of a search'],
    ['getEvent', '/api/events/[slug]', '', 'an event with quotes and a status history'],
    ['getTimeline', '/api/timeline', '?maxItems=5&lanes=status', 'per-lane counts'],
    ['getTradeChart', '/api/trade', '?series=KP-CN,KP-RU&mode=yoy', 'year-on-year changes'],
  ])('%s fits its schema with %s%s (%s)', async (operationId, route, query) => {
    const params: Record<string, string> = route.includes('[slug]') ? { slug: richEvent } : {};
    const url = route.replace('[slug]', richEvent) + query;
    const { body } = await expectDocumented({ operationId, route, url, params });
    if (operationId === 'listEvents') expect(body.items[0].highlight).toBeDefined();
    if (operationId === 'getEvent')
      expect([body.quotes.length, body.statusHistory.length]).not.toContain(0);
    if (operationId === 'getTimeline') expect(body.mode).toBe('buckets');
  });

  test('getEvent and getTimeline fit their schemas with links between events', async () => {
    const { body: event } = await expectDocumented({
      operationId: 'getEvent',
      route: '/api/events/[slug]',
      url: '/api/events/un-panel-of-experts-ceases',
      params: { slug: 'un-panel-of-experts-ceases' },
    });
    expect(event.links.map((l: { direction: string }) => l.direction).sort()).toEqual([
      'in',
      'out',
    ]);
    const { body: window } = await expectDocumented({
      operationId: 'getTimeline',
      route: '/api/timeline',
      url: '/api/timeline?from=2024-03-01&to=2024-05-31',
      params: {},
    });
    expect(window.links).toContainEqual({
      from: 'un-panel-of-experts-ceases',
      to: 'russia-vetoes-un-panel-of-experts',
      kind: 'follows_from',
    });
  });

  test('getHealth fits its schema', async () => {
    const { GET } = await import('../../app/api/health/route.ts');
    const response = await GET();
    const body = await response.json();
    expect(RESPONSE_SCHEMAS.Health.parse(body)).toEqual(body);
  });
});

describe('answers of the write API and errors', () => {
  const slug = `test-openapi-${Date.now()}`;

  test('a record created, updated from a stale version, and refused fits the document', async () => {
    const created = await expectDocumented({
      operationId: 'createTag',
      route: '/api/tags',
      url: '/api/tags',
      method: 'POST',
      body: { slug, name: 'OpenAPI probe' },
      auth: true,
    });
    expect(created.status).toBe(201);
    const item = { route: '/api/tags/[slug]', url: `/api/tags/${slug}`, params: { slug } };
    const stale = await expectDocumented({
      operationId: 'updateTag',
      ...item,
      method: 'PATCH',
      body: { name: 'Renamed', version: 99 },
      auth: true,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.slug).toBe(slug);
    const unauthenticated = await expectDocumented({
      operationId: 'updateTag',
      ...item,
      method: 'PATCH',
      body: { name: 'Renamed', version: 1 },
    });
    expect(unauthenticated.status).toBe(401);
  });

  test('bad input is answered with the Error schema, naming the field', async () => {
    const badQuery = await expectDocumented({
      operationId: 'listEvents',
      route: '/api/events',
      url: '/api/events?limit=0',
    });
    expect(badQuery).toMatchObject({
      status: 400,
      body: { fields: { limit: expect.any(String) } },
    });
    const badBody = await expectDocumented({
      operationId: 'createEvent',
      route: '/api/events',
      url: '/api/events',
      method: 'POST',
      body: { slug: 'Not A Slug', title: '', date: '2024-02-30' },
      auth: true,
    });
    expect(badBody.status).toBe(422);
    expect(Object.keys(badBody.body.fields)).toEqual(
      expect.arrayContaining(['slug', 'title', 'date']),
    );
    const missing = await expectDocumented({
      operationId: 'getSource',
      route: '/api/sources/[id]',
      url: '/api/sources/999999999',
      params: { id: '999999999' },
    });
    expect(missing.status).toBe(404);
  });

  test('an import dry run answers its report', async () => {
    const { status, body } = await expectDocumented({
      operationId: 'importEvents',
      route: '/api/import',
      url: '/api/import?mode=dry-run&format=json',
      method: 'POST',
      body: [{ slug: `${slug}-event`, title: 'Probe', date: '2024-01-01' }, { slug: 'x' }],
      auth: true,
    });
    expect(status).toBe(200);
    expect(body.counts).toEqual({ create: 1, update: 0, error: 1 });
  });
});

import { describe, expect, test } from 'vitest';
import { routeFiles, routeFor } from '../tests/helpers/route-files.ts';
import { openApiDocument } from './openapi.ts';
import { RELIABILITY_GRADES } from './schemas/enums.ts';

// The document must describe every route on disk (and nothing that is not there), each
// operation named, tagged, secured and answering errors with the one Error schema.

/** Routes left out of the document, with the reason. */
const UNDOCUMENTED: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts':
    'next-auth’s own sign-in, sign-out, CSRF and session endpoints; API clients use tokens',
  'app/sign-out/route.ts': 'the editor’s Sign out button, a form of the site’s pages',
};
/** Error statuses that answer another body, with the reason. */
const OTHER_ERROR_BODIES: Record<string, string> = {
  'importEvents 422': 'the import report, naming each bad row',
  'getHealth 503': 'the health report, saying what is down',
};

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Json[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
};

const doc = JSON.parse(JSON.stringify(openApiDocument)) as {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string }[];
  components: Record<string, Record<string, Json>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const routes = routeFiles();

/** Follows a local $ref ('#/components/responses/BadQuery') to what it names. */
function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<Json>((at, key) => at[key] as Json, doc as unknown as Json);
  return resolve(target);
}

describe('openApiDocument', () => {
  test('route files are found on disk', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  test.each(routes.filter((r) => !(r.file in UNDOCUMENTED)))(
    'documents every method of $file',
    ({ file, methods }) => {
      expect(methods.length, `${file} exports no handler`).toBeGreaterThan(0);
      for (const method of methods) {
        const documented = operations.some(
          (o) => o.method === method && routeFor(o.path, routes)?.file === file,
        );
        expect(documented, `${method} ${file} is missing from the document`).toBe(true);
      }
    },
  );

  test('documents only routes and methods that exist', () => {
    const stale = operations.filter(
      ({ path, method }) => !routeFor(path, routes)?.methods.includes(method),
    );
    expect(stale.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  test('names, summarises and tags every operation, each id once', () => {
    const tags = new Set(doc.tags.map((t) => t.name));
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) {
      expect(op.summary, op.operationId).toBeTruthy();
      expect(op.tags?.length, op.operationId).toBe(1);
      expect(tags.has(op.tags![0]), `${op.operationId}: tag ${op.tags![0]}`).toBe(true);
    }
  });

  test('reads are public with an ETag and a 304; writes need a token or a session', () => {
    const schemes = Object.keys(doc.components.securitySchemes).sort();
    expect(schemes).toEqual(['bearerToken', 'sessionCookie']);
    for (const { method, op, path } of operations) {
      const name = `${method} ${path}`;
      if (method === 'GET') {
        expect(op.security, name).toEqual([]);
        if (path === '/api/health') continue; // live status: never validated
        expect(op.responses['304'], name).toBeDefined();
        expect(resolve(op.responses['200']).headers, name).toHaveProperty('ETag');
        expect(op.parameters, name).toContainEqual({
          $ref: '#/components/parameters/IfNoneMatch',
        });
      } else {
        expect(op.security, name).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
        expect(Object.keys(op.responses), name).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  test('every error answer is the Error schema, which names bad fields', () => {
    for (const { op } of operations)
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status) || `${op.operationId} ${status}` in OTHER_ERROR_BODIES) continue;
        const content = resolve(response).content as Record<string, { schema: Json }>;
        expect(content['application/json'].schema, `${op.operationId} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    expect(doc.components.schemas.Error.properties).toHaveProperty('fields');
  });

  test('every operation may answer 503 with Retry-After (the database out of reach)', () => {
    for (const { op } of operations) {
      if (`${op.operationId} 503` in OTHER_ERROR_BODIES) continue;
      const unavailable = resolve(op.responses['503'] as Json);
      expect(unavailable.headers, op.operationId as string).toHaveProperty('Retry-After');
    }
  });

  test('describes answers with real schemas, never a bare object', () => {
    const bare: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      const shaped = ['properties', 'additionalProperties', 'oneOf', 'anyOf', 'allOf', '$ref'];
      if (n.type === 'object' && !shaped.some((k) => k in n)) bare.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(doc.components.schemas, 'components/schemas');
    for (const { op } of operations)
      if (op.operationId !== 'getOpenApiDocument') walk(op, `${op.operationId}`);
    expect(bare).toEqual([]);
    for (const name of ['Event', 'Timeline', 'ActorList', 'TagList', 'EventSummary'])
      expect(JSON.stringify(doc.components.schemas[name]).length, name).toBeGreaterThan(200);
  });

  test('request bodies come from the zod schemas the handlers parse with', () => {
    const { SourceInput, TagPatch, EventInput } = doc.components.schemas as Record<string, Json>;
    const properties = SourceInput.properties as Record<string, Json>;
    // A source may be left ungraded (null) until an editor decides its grade.
    expect(properties.reliability.anyOf).toEqual([
      { type: 'string', enum: RELIABILITY_GRADES },
      { type: 'null' },
    ]);
    expect(TagPatch.required).toEqual(['version']);
    expect(EventInput.required).toEqual(['slug', 'title', 'date']);
    const body = (id: string) =>
      operations.find((o) => o.op.operationId === id)!.op.requestBody as Json;
    expect(body('updateSource')).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/SourcePatch' } } },
    });
    expect(body('createEvent')).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/EventInput' } } },
    });
  });
});

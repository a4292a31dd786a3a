import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { Forbidden, TooManyRequests, VersionConflict } from '../errors.ts';
import { errorResponse, handler, parseQuery, readJson } from './handler.ts';

/** What the client would get for `fn`'s error: its status and JSON body. */
async function answerTo(fn: () => unknown) {
  try {
    await fn();
  } catch (err) {
    const res = errorResponse(err);
    return { status: res.status, ...(await res.json()) };
  }
  throw new Error('did not throw');
}

const run = (err: unknown) =>
  handler(async () => {
    throw err;
  })(new Request('http://x/'), {});

describe('handler', () => {
  test.each([
    [new Forbidden(), 403, 'forbidden'],
    [new VersionConflict({ version: 3 }), 409, 'version_conflict'],
    [new TooManyRequests(30), 429, 'too_many_requests'],
  ])('maps %s to its status and code', async (err, status, code) => {
    const res = await run(err);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toBe(code);
  });

  test('names every bad field of a zod error with 422', async () => {
    const parsed = z.object({ title: z.string(), date: z.string() }).safeParse({});
    const res = await run(parsed.error);
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).fields).sort()).toEqual(['date', 'title']);
  });

  test('hides unexpected errors behind a generic 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await run(new Error('secret internals at /srv/app.ts:12'));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret');
    log.mockRestore();
  });

  test('sends Retry-After with 429', async () => {
    expect((await run(new TooManyRequests(30))).headers.get('retry-after')).toBe('30');
  });
});

describe('parseQuery', () => {
  const schema = z.object({
    limit: z.coerce.number().int().max(100).default(50),
    actor: z.union([z.string(), z.array(z.string())]).optional(),
  });

  test('coerces and defaults', () => {
    expect(parseQuery(schema, new URLSearchParams('actor=KP&actor=RU'))).toEqual({
      limit: 50,
      actor: ['KP', 'RU'],
    });
  });

  test('throws a 400 naming the parameter', async () => {
    expect(await answerTo(() => parseQuery(schema, new URLSearchParams('limit=500')))).toEqual(
      expect.objectContaining({ status: 400, fields: { limit: expect.any(String) } }),
    );
  });

  test.each(['actor=K%00P', 'actor=KP&actor=%00', 'other=%00'])(
    'refuses a NUL character in %s with a 400 naming the parameter',
    async (qs) => {
      const name = qs.split('=')[0];
      expect(await answerTo(() => parseQuery(schema, new URLSearchParams(qs)))).toEqual(
        expect.objectContaining({
          status: 400,
          fields: { [name]: expect.stringMatching(/NUL character/) },
        }),
      );
    },
  );
});

describe('readJson', () => {
  test('turns malformed JSON into a 400', async () => {
    expect(
      await answerTo(() => readJson(new Request('http://x/', { method: 'POST', body: '{oops' }))),
    ).toMatchObject({ status: 400 });
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as postEvent } from '../../app/api/events/route.ts';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as getEvent } from '../../app/api/events/[slug]/route.ts';
import { POST as postEra } from '../../app/api/eras/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// The API's field messages in the client's language: Korean when Accept-Language prefers it,
// English otherwise (as before), the language named in Content-Language.

let bearer: Record<string, string>;
beforeAll(async () => {
  bearer = (await makeUser('editor')).bearer;
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const BAD_EVENT = { slug: 'test-ko-msg', title: '', date: '2024-02-30', importance: 7 };
const post = (language?: string) =>
  postEvent(
    new Request('http://x/api/events', {
      method: 'POST',
      headers: {
        ...bearer,
        'content-type': 'application/json',
        ...(language ? { 'accept-language': language } : {}),
      },
      body: JSON.stringify(BAD_EVENT),
    }),
    {},
  );

describe('field messages by Accept-Language', () => {
  test('a bad event with Accept-Language: ko gets 422 with every field message in Korean', async () => {
    const res = await post('ko-KR,ko;q=0.9,en;q=0.8');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-language')).toBe('ko');
    const body = await res.json();
    expect(body).toMatchObject({
      error: 'validation',
      message: '잘못된 항목: title, date, importance',
      fields: {
        title: '제목은(는) 필수 항목입니다',
        date: '날짜 2024-02-30: 그 달에 없는 날짜입니다',
        importance: '중요도는 1에서 5 사이여야 합니다',
      },
    });
    expect(await getDb().event.count({ where: { slug: 'test-ko-msg' } })).toBe(0);
  });

  test('without Accept-Language, or preferring English, the messages are English as before', async () => {
    for (const language of [undefined, 'en-US,en;q=0.9,ko;q=0.5']) {
      const res = await post(language);
      expect(res.status).toBe(422);
      expect(res.headers.get('content-language')).toBe('en');
      expect((await res.json()).fields).toEqual({
        title: 'Title is required',
        date: 'Date 2024-02-30 is not a day of that month',
        importance: 'Importance must be from 1 to 5',
      });
    }
  });

  test('record kinds and query parameters answer in Korean too', async () => {
    const era = await postEra(
      new Request('http://x/api/eras', {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json', 'accept-language': 'ko' },
        body: JSON.stringify({ slug: 'test-ko-era', title: 'Era', start: '2024', end: '2023' }),
      }),
      {},
    );
    expect(era.status).toBe(422);
    expect((await era.json()).fields).toEqual({ end: '종료가 시작보다 앞설 수 없습니다' });

    const list = await getEvents(
      new Request('http://x/api/events?from=0024', { headers: { 'accept-language': 'ko' } }),
      {},
    );
    expect(list.status).toBe(400);
    expect((await list.json()).fields).toEqual({ from: '연도는 0100년 이후여야 합니다' });
  });
});

describe('refusals by Accept-Language', () => {
  const getOne = (language: string) =>
    getEvent(
      new Request('http://x/api/events/test-ko-no-such-event', {
        headers: { 'accept-language': language },
      }),
      { params: Promise.resolve({ slug: 'test-ko-no-such-event' }) },
    );

  test('an unknown event is "not found" in Korean for a Korean client, English otherwise', async () => {
    const ko = await getOne('ko');
    expect(ko.status).toBe(404);
    expect(ko.headers.get('content-language')).toBe('ko');
    expect(await ko.json()).toMatchObject({
      error: 'not_found',
      message: '사건을(를) 찾을 수 없습니다.',
    });
    const en = await getOne('en');
    expect(await en.json()).toMatchObject({ message: 'Event not found.' });
  });
});

import { describe, expect, test } from 'vitest';
import en from '../../messages/en/api.json' with { type: 'json' };
import ko from '../../messages/ko/api.json' with { type: 'json' };
import { fieldErrorsOf } from '../schemas/errors.ts';
import { eventInputSchema } from '../schemas/event.ts';
import { requestLocale, translateApiMessage, translateFields } from './api-locale.ts';
import { msg } from './api-messages.ts';
import { Duplicate, NotFound } from '../errors.ts';

const withLanguage = (header?: string) =>
  new Request('http://x/', { headers: header ? { 'accept-language': header } : {} });

describe('requestLocale', () => {
  test.each([
    [undefined, 'en'],
    ['ko', 'ko'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['en;q=0.5, ko;q=0.9', 'ko'],
    ['fr, de;q=0.8', 'en'],
    ['ko;q=0', 'en'],
    ['*', 'en'],
  ])('Accept-Language %j → %s', (header, locale) => {
    expect(requestLocale(withLanguage(header))).toBe(locale);
  });
});

describe('translateApiMessage', () => {
  test('says a catalogued message in Korean, labels included', () => {
    expect(translateApiMessage(msg('required', { label: 'Title' }), 'ko')).toBe(
      '제목은(는) 필수 항목입니다',
    );
    expect(translateApiMessage(msg('maxLength', { label: 'Korean title', max: 300 }), 'ko')).toBe(
      '한국어 제목은(는) 300자 이하여야 합니다',
    );
  });

  test('leaves English alone, and a message the catalogue does not know', () => {
    expect(translateApiMessage(msg('required', { label: 'Title' }), 'en')).toBe(
      'Title is required',
    );
    expect(translateApiMessage('Something else entirely', 'ko')).toBe('Something else entirely');
  });

  test('every field error of a bad event comes out in Korean', () => {
    const bad = eventInputSchema.safeParse({
      slug: 'Bad Slug',
      title: '',
      date: '2024-13',
      importance: 9,
      actors: [{ code: 'KP' }, { code: 'KP' }],
    });
    const fields = translateFields(fieldErrorsOf(bad.error!), 'ko');
    expect(fields).toEqual({
      slug: '슬러그에는 영문 소문자, 숫자, 하이픈(연속 불가)만 쓸 수 있습니다',
      title: '제목은(는) 필수 항목입니다',
      date: '날짜 2024-13: 13월은 없습니다(01~12월)',
      importance: '중요도는 1에서 5 사이여야 합니다',
      'actors.1.code': '행위자 KP이(가) 두 번 들어 있습니다',
    });
  });
});

describe('messages/{en,ko}/api.json', () => {
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('have the same keys, and each Korean message the same placeholders as its English', () => {
    expect(Object.keys(ko.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(ko.labels).sort()).toEqual(Object.keys(en.labels).sort());
    for (const [key, text] of Object.entries(en.messages))
      expect(placeholders(ko.messages[key as keyof typeof ko.messages]), key).toEqual(
        placeholders(text),
      );
  });
});

describe('refusals built from the catalogue', () => {
  test('not found and duplicate name the record in Korean; English reads as before', () => {
    const dup = new Duplicate('Event link', { slug: 'taken' });
    expect(dup.message).toBe(
      'A event link with these values already exists (possibly in the trash).',
    );
    expect(translateApiMessage(dup.message, 'ko')).toBe(
      '같은 값의 사건 연결이(가) 이미 있습니다(휴지통에 있을 수도 있습니다).',
    );
    expect(translateApiMessage(new NotFound('Tag').message, 'ko')).toBe(
      '태그을(를) 찾을 수 없습니다.',
    );
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed, xmlText } from './atom.ts';

const event = {
  slug: 'a-b',
  title: 'Troops <in> "Kursk" & more',
  summary: 'Bad \u0001 char',
  date: '2024-10-23',
  status: 'confirmed',
  tags: ['military'],
  actors: [{ code: 'KP', name: 'North Korea' }],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
};

describe('atomFeed', () => {
  test('is well-formed Atom with one entry per event, text escaped', () => {
    const xml = atomFeed({
      siteUrl: 'https://x.org',
      selfUrl: 'https://x.org/feed.xml?actor=KP&tag=a',
      title: 'Events',
      events: [event],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2025-01-02T00:00:00.000Z');
    expect(feed.entry.title).toBe('Troops <in> "Kursk" & more');
    expect(feed.entry.link['@_href']).toBe('https://x.org/events/a-b');
  });

  test('in Korean: Korean title and summary where the event has them, links to the /ko pages', () => {
    const korean = { ...event, slug: 'k', titleKo: '쿠르스크 파병', summaryKo: '요약' };
    const xml = atomFeed({
      siteUrl: 'https://x.org',
      selfUrl: 'https://x.org/feed.xml?lang=ko',
      title: 'Alliance Tracker: 최신 사건',
      events: [korean, event],
      lang: 'ko',
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe('ko');
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual([
      '쿠르스크 파병',
      'Troops <in> "Kursk" & more',
    ]);
    expect(feed.entry[0].summary['#text']).toMatch(/\. 요약$/);
    expect(feed.entry[0].link['@_href']).toBe('https://x.org/ko/events/k');
  });

  test('drops characters XML cannot carry', () => expect(xmlText('a\u0001b')).toBe('ab'));
});

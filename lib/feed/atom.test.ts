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

  test('drops characters XML cannot carry', () => expect(xmlText('a\u0001b')).toBe('ab'));
});

import { describe, expect, test } from 'vitest';
import { followQuery, matchesWatchlist, pairItem, parseWatchlist } from './watchlist.ts';

describe('watchlist', () => {
  test('keeps valid items from storage and drops the rest without throwing', () => {
    expect(parseWatchlist('["actor:KP","tag:sanctions","pair:KP-RU","actor:kp","x"]')).toEqual([
      'actor:KP',
      'tag:sanctions',
      'pair:KP-RU',
    ]);
    expect(parseWatchlist('{not json')).toEqual([]);
    expect(parseWatchlist('{"actor":"KP"}')).toEqual([]);
    expect(parseWatchlist(null)).toEqual([]);
  });

  test('a pair is spelled one way whichever actor comes first', () => {
    expect(pairItem('RU', 'KP')).toBe('pair:KP-RU');
    expect(pairItem('KP', 'RU')).toBe('pair:KP-RU');
  });

  test('an event matches a followed actor, tag, or both actors of a pair', () => {
    const event = { actors: [{ code: 'KP' }, { code: 'UA' }], tags: ['military'] };
    expect(matchesWatchlist(['actor:UA'], event)).toBe(true);
    expect(matchesWatchlist(['tag:military'], event)).toBe(true);
    expect(matchesWatchlist(['pair:KP-RU'], event)).toBe(false);
    expect(matchesWatchlist(['pair:KP-UA'], event)).toBe(true);
    expect(matchesWatchlist([], event)).toBe(false);
  });

  test('the feed query repeats follow once per item', () => {
    expect(followQuery(['actor:KP', 'pair:KP-RU'])).toBe('follow=actor%3AKP&follow=pair%3AKP-RU');
  });
});

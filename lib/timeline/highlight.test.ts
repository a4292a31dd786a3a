import { describe, expect, test } from 'vitest';
import { MARK_END, MARK_START, toSegments } from './highlight.ts';

describe('toSegments', () => {
  test('splits marked matches from plain text', () => {
    expect(
      toSegments(`Troops ${MARK_START}deployed${MARK_END} to ${MARK_START}Kursk${MARK_END}`),
    ).toEqual([
      { text: 'Troops ', isMatch: false },
      { text: 'deployed', isMatch: true },
      { text: ' to ', isMatch: false },
      { text: 'Kursk', isMatch: true },
    ]);
  });

  test('plain text is one segment', () => {
    expect(toSegments('No match')).toEqual([{ text: 'No match', isMatch: false }]);
  });
});

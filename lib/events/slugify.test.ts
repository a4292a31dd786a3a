import { describe, expect, test } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  test.each([
    ['DPRK troops in Kursk, Russia', 'dprk-troops-in-kursk-russia'],
    ['  Putin’s visit to Pyongyang — 2024  ', 'putins-visit-to-pyongyang-2024'],
    ['Café São Paulo', 'cafe-sao-paulo'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('stops at a word before 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

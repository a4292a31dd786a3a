import { describe, expect, test } from 'vitest';
import { svgToPng } from './raster.ts';

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="Inter, 'Noto Sans KR', sans-serif"><text x="4" y="28" font-size="20">${text}</text></svg>`;

describe('svgToPng', () => {
  // Without a font that has them, resvg draws every Hangul syllable as the same empty box
  // (.notdef): two different syllables would then give the same PNG.
  test('draws Hangul (Noto Sans KR from npm), not empty boxes', () => {
    expect(svgToPng(svg('북'), 1).equals(svgToPng(svg('한'), 1))).toBe(false);
  });

  test('draws Latin text with Inter as before', () => {
    expect(svgToPng(svg('Trade'), 1).equals(svgToPng(svg(''), 1))).toBe(false);
  });
});

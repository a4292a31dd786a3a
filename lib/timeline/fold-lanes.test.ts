import { describe, expect, test } from 'vitest';
import { foldLanes, otherLaneLabel, readOtherLaneLabel } from './fold-lanes.ts';

const lane = (key: string, total: number, person = false) => ({ key, total, person });

describe('foldLanes', () => {
  test('keeps every lane, busiest first, when they fit', () => {
    expect(foldLanes([lane('JP', 1), lane('KP', 9), lane('RU', 4)], { max: 3 })).toEqual({
      kept: ['KP', 'RU', 'JP'],
      folded: [],
    });
  });

  test('folds the tail into one lane, leaving room for it', () => {
    const r = foldLanes([lane('A', 5), lane('B', 4), lane('C', 3), lane('D', 2)], { max: 3 });
    expect(r).toEqual({ kept: ['A', 'B'], folded: ['C', 'D'] });
  });

  test('folds people even when they are busiest, unless people are asked for', () => {
    const lanes = [lane('putin', 9, true), lane('KP', 5), lane('RU', 4)];
    expect(foldLanes(lanes, { max: 8 })).toEqual({ kept: ['KP', 'RU'], folded: ['putin'] });
    expect(foldLanes(lanes, { max: 8, people: true })).toEqual({
      kept: ['putin', 'KP', 'RU'],
      folded: [],
    });
  });
});

describe('readOtherLaneLabel', () => {
  test('reads back what otherLaneLabel wrote, and nothing else', () => {
    expect(readOtherLaneLabel(otherLaneLabel('tag', 4))).toEqual({ kind: 'tag', n: 4 });
    expect(readOtherLaneLabel(otherLaneLabel('actor', 12))).toEqual({ kind: 'actor', n: 12 });
    expect(readOtherLaneLabel('Others')).toBeNull();
  });
});

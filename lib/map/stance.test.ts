import { describe, expect, test } from 'vitest';
import { RELATION_KINDS, EVENTS_ONLY } from '../alliances/kinds.ts';
import { stancesToward } from './stance.ts';

describe('stancesToward', () => {
  const edges = [
    {
      a: 'KP',
      b: 'RU',
      eventCount: 9,
      relations: [
        { kind: 'treaty', title: 'Treaty' },
        { kind: 'arms_transfer', title: 'Arms' },
      ],
    },
    { a: 'CN', b: 'KP', eventCount: 2, relations: [] },
    { a: 'JP', b: 'US', eventCount: 4, relations: [{ kind: 'membership', title: 'X' }] },
  ];

  test('colours each partner of the focus by its strongest relation, or as events-only', () => {
    const s = stancesToward('KP', edges);
    expect(s.get('RU')).toEqual({
      color: RELATION_KINDS.treaty.color,
      label: 'Treaty; Arms · 9 shared events',
      titles: 'Treaty; Arms',
      events: '9 shared events',
    });
    expect(s.get('CN')).toEqual({
      color: EVENTS_ONLY.color,
      label: '2 shared events',
      titles: '',
      events: '2 shared events',
    });
  });

  test('words the shared events in the reader’s language', () => {
    const s = stancesToward('KP', edges, (n) => `공동 사건 ${n}건`);
    expect(s.get('CN')?.events).toBe('공동 사건 2건');
  });

  test('ignores edges that do not touch the focus', () => {
    expect(stancesToward('KP', edges).has('JP')).toBe(false);
  });
});

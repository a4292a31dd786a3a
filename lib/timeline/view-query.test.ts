import { describe, expect, test } from 'vitest';
import { changeParams, eventListQuery, facetsQuery, timelineDataQuery } from './view-query.ts';

describe('timeline view queries', () => {
  test('the timeline data query keeps the window, filters and lanes in a stable order, and drops the rest', () => {
    const p = new URLSearchParams(
      'event=a-b&trade=KP-CN&lanes=tag&actor=KP&to=2024-12-31&actor=RU&from=2024-01-01&q=&cursor=xyz',
    );
    expect(timelineDataQuery(p)).toBe('from=2024-01-01&to=2024-12-31&actor=KP&actor=RU&lanes=tag');
  });

  test('the same filters in another order give the same key', () => {
    expect(timelineDataQuery(new URLSearchParams('tag=military&from=2020'))).toBe(
      timelineDataQuery(new URLSearchParams('from=2020&tag=military&event=x')),
    );
  });

  test('the list query holds the filters and window but not lanes or the timeline width', () => {
    expect(
      eventListQuery(
        new URLSearchParams('lanes=status&width=800&q=Austin&status=confirmed&to=2024'),
      ),
    ).toBe('to=2024&status=confirmed&q=Austin');
  });

  test('a change drops the list cursor and leaves the original untouched', () => {
    const p = new URLSearchParams('from=2020&cursor=abc');
    const next = changeParams(p, (q) => q.set('event', 'x'));
    expect(next.toString()).toBe('from=2020&event=x');
    expect(p.get('cursor')).toBe('abc');
  });

  test('a link made from the URL leaves out the blank fields of the filter form', () => {
    const p = new URLSearchParams('q=&from=&to=&sort=&actor=KP&status=');
    expect(changeParams(p, (q) => q.set('focus', 'x')).toString()).toBe('actor=KP&focus=x');
  });

  test('zooming (start/end) changes the timeline query but never the list or the counts', () => {
    const filtered = new URLSearchParams('from=2023&to=2024&actor=CN&actor=RU&actorMode=all');
    const zoomed = new URLSearchParams(filtered);
    zoomed.set('start', '2023-05-01');
    zoomed.set('end', '2023-06-30');
    expect(timelineDataQuery(zoomed)).not.toBe(timelineDataQuery(filtered));
    expect(timelineDataQuery(zoomed)).toContain('actorMode=all');
    expect(eventListQuery(zoomed)).toBe(eventListQuery(filtered));
    expect(facetsQuery(zoomed)).toBe(facetsQuery(filtered));
    expect(eventListQuery(new URLSearchParams('q=troops&sort=oldest'))).toBe(
      'q=troops&sort=oldest',
    );
  });
});

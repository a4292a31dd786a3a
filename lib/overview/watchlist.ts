import { FOLLOW_ITEM } from '../schemas/event-query.ts';

// A reader's watchlist: actors, tags and pairs of actors, kept in the browser (no account).
// Stored as the same `follow` items the feed, the timeline and /api/events take, so the
// list, its highlights and its feed URL cannot disagree.

export type FollowItem = `actor:${string}` | `tag:${string}` | `pair:${string}-${string}`;

export const STORAGE_KEY = 'alliance-tracker:watchlist';
export const MAX_ITEMS = 30;

/** Items read back from storage: anything unreadable or foreign is dropped, never thrown. */
export function parseWatchlist(stored: string | null): FollowItem[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    const items = value.filter(
      (v): v is FollowItem => typeof v === 'string' && FOLLOW_ITEM.test(v),
    );
    return [...new Set(items)].slice(0, MAX_ITEMS);
  } catch {
    return [];
  }
}

/** A pair in one spelling whichever actor was picked first. */
export function pairItem(a: string, b: string): FollowItem {
  const [x, y] = [a, b].sort();
  return `pair:${x}-${y}`;
}

/** Whether an event (its actor codes and tag slugs) matches any item. */
export function matchesWatchlist(
  items: FollowItem[],
  event: { actors: { code: string }[]; tags: string[] },
): boolean {
  const codes = new Set(event.actors.map((a) => a.code));
  return items.some((item) => {
    const [kind, value] = item.split(':') as [string, string];
    if (kind === 'tag') return event.tags.includes(value);
    if (kind === 'pair') return value.split('-').every((code) => codes.has(code));
    return codes.has(value);
  });
}

/** `follow=…&follow=…` for the feed, the timeline and the API. */
export function followQuery(items: FollowItem[]): string {
  const params = new URLSearchParams();
  for (const item of items) params.append('follow', item);
  return params.toString();
}

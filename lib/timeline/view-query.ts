// The /timeline URL split by what each part of the page needs from it. The page and the
// client compute the same keys from the same parameters, so the client can tell whether the
// data the server sent already answers the URL it shows, or whether it must fetch.

/** Events per page of the list under the timeline (server render and client pages alike). */
export const EVENT_LIST_PAGE = 50;

const TIMELINE_KEYS = [
  'from',
  'to',
  'start',
  'end',
  'focus',
  'actor',
  'actorMode',
  'tag',
  'status',
  'q',
  'lanes',
  'people',
  'width',
  'maxItems',
  'asOf',
] as const;
/** The list follows the filters (never the zoomed view), so zooming never refetches it. */
const LIST_KEYS = [
  'from',
  'to',
  'actor',
  'actorMode',
  'tag',
  'status',
  'q',
  'sort',
  'asOf',
  'follow',
] as const;

function pick(params: URLSearchParams, keys: readonly string[]): string {
  const out = new URLSearchParams();
  for (const k of keys) for (const v of params.getAll(k)) if (v !== '') out.append(k, v);
  return out.toString();
}

/** The query string of `/api/timeline` that draws this URL (stable order, empty values dropped). */
export function timelineDataQuery(params: URLSearchParams): string {
  return pick(params, TIMELINE_KEYS);
}

/** The query string of `/api/events` that lists this URL's events: the timeline's filters. */
export function eventListQuery(params: URLSearchParams): string {
  return pick(params, LIST_KEYS);
}

/** The query string of `/api/timeline/facets`: the filters the counts beside actors and tags follow. */
export function facetsQuery(params: URLSearchParams): string {
  return pick(params, ['from', 'to', 'actor', 'actorMode', 'tag', 'status', 'q']);
}

/**
 * A copy of `params` with `change` applied; the old list cursor never survives a change, nor
 * does an empty value (a blank field of the filter form means "not set": `from=&to=`).
 */
export function changeParams(
  params: URLSearchParams,
  change: (p: URLSearchParams) => void,
): URLSearchParams {
  const next = new URLSearchParams(params);
  change(next);
  next.delete('cursor');
  for (const [key, value] of [...next]) if (value === '') next.delete(key, '');
  return next;
}

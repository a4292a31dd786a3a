// "Since your last visit", kept in the browser: the start of the current visit and of the
// one before. A visit ends after half an hour away, so reloading the page keeps showing
// what was new when the reader arrived.

export const VISITS_KEY = 'alliance-tracker:visits';
const VISIT_GAP_MS = 30 * 60 * 1000;

export interface Visits {
  /** When the previous visit began (ISO), or null on a first visit. */
  previous: string | null;
  /** When this visit began, refreshed while the reader keeps coming back within the gap. */
  current: string;
  /** Last time the page was seen (ISO). */
  seen: string;
}

export function nextVisits(stored: string | null, now: Date): Visits {
  let old: Partial<Visits> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    if (parsed && typeof parsed === 'object') old = parsed as Partial<Visits>;
  } catch {
    // Unreadable: start afresh.
  }
  const iso = (v: unknown) =>
    typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null;
  const seen = iso(old.seen);
  const current = iso(old.current);
  const nowIso = now.toISOString();
  if (!seen || !current) return { previous: null, current: nowIso, seen: nowIso };
  if (now.getTime() - Date.parse(seen) > VISIT_GAP_MS)
    return { previous: current, current: nowIso, seen: nowIso };
  return { previous: iso(old.previous), current, seen: nowIso };
}

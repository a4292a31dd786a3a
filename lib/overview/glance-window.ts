import { DAY_MS, windowFromDays, windowToDays, type TimeWindow } from '../timeline/window.ts';

/** The days the overview's timeline covers. */
export const GLANCE_DAYS = 90;

/**
 * The overview's "last 90 days": the 90 days up to the day of the latest published event,
 * or up to today when there is none or it is later (a date announced ahead stays out).
 */
export function glanceWindow(latest: string | null, today: string): TimeWindow {
  const end = latest && latest < today ? latest : today;
  const endMs = Date.parse(`${end}T00:00:00Z`);
  return windowFromDays(
    windowToDays({ start: endMs - (GLANCE_DAYS - 1) * DAY_MS, end: endMs + DAY_MS }).from,
    end,
  );
}

import { isBeforeMinYear, parsePartialDate } from '../dates.ts';
import { INT4_MAX } from '../schemas/common.ts';

// Opaque keyset cursor: the sort key of the last row of a page. base64url JSON, so it is
// safe in a URL; a tampered one is a 400, never a 500: its date must exist and its id fit
// the integer column, since both go to PostgreSQL as they are.

interface CursorKey {
  /** start date, YYYY-MM-DD */
  d: string;
  /** event id */
  i: number;
  /** search tier (1: title matches, 2: matches elsewhere), when the list is a search */
  r?: number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    const ok =
      typeof key === 'object' &&
      key !== null &&
      typeof key.d === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(key.d) &&
      !isBeforeMinYear(key.d) &&
      parsePartialDate(key.d) !== null &&
      Number.isInteger(key.i) &&
      key.i >= 1 &&
      key.i <= INT4_MAX &&
      (key.r === undefined || key.r === 1 || key.r === 2);
    return ok ? key : null;
  } catch {
    return null;
  }
}

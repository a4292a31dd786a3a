// The change feed's cursor: opaque to clients (base64url), a position in (txid, id) order
// inside. Pure, shared by the JSON feed and the Atom one.

export interface FeedPosition {
  txid: string;
  id: number;
}

export function encodeCursor(p: FeedPosition): string {
  return Buffer.from(`c1:${p.txid}:${p.id}`).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): FeedPosition | null {
  const m = /^c1:(\d{1,20}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) return null;
  const id = Number(m[2]);
  if (id > 2_147_483_647 || BigInt(m[1]) > 18_446_744_073_709_551_615n) return null;
  return { txid: m[1], id };
}

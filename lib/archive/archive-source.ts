import 'server-only';
import { createHash } from 'node:crypto';
import { env } from '../env.ts';
import { NotFound, InvalidInput } from '../errors.ts';
import { recordLinkCheck, saveSnapshot, sourceUrl } from '../db/sources/snapshots.ts';
import {
  ARCHIVE_LIMITS,
  CHECK_LIMITS,
  FetchRefused,
  safeFetch,
  type FetchLimits,
} from './fetch.ts';
import { readableText } from './text.ts';

// Archiving a source and checking its link: fetch (lib/archive/fetch.ts), then keep the
// result (lib/db/sources/snapshots.ts).

const allowPrivate = () => env.ARCHIVE_ALLOW_PRIVATE_ADDRESSES;

async function urlOf(sourceId: number): Promise<string> {
  const source = await sourceUrl(sourceId);
  if (!source) throw new NotFound('Source');
  if (!source.url) throw new InvalidInput({ url: 'This source has no URL to archive' });
  return source.url;
}

/** Fetches the source's URL and stores the copy; a refused fetch is a 422 naming `url`. */
export async function archiveSource(sourceId: number, limits: Partial<FetchLimits> = {}) {
  const url = await urlOf(sourceId);
  try {
    const fetched = await safeFetch(url, {
      ...ARCHIVE_LIMITS,
      allowPrivate: allowPrivate(),
      ...limits,
    });
    return await saveSnapshot({
      sourceId,
      url,
      finalUrl: fetched.finalUrl,
      status: fetched.status,
      contentType: fetched.contentType,
      body: fetched.body,
      sha256: createHash('sha256').update(fetched.body).digest('hex'),
      text: readableText(fetched.body, fetched.contentType),
    });
  } catch (err) {
    if (err instanceof FetchRefused)
      throw new InvalidInput({ url: `Not archived: ${err.message} (${err.reason})` });
    throw err;
  }
}

/** Checks the source's link and records the answer: its status, or why none came. */
export async function checkSourceLink(sourceId: number, limits: Partial<FetchLimits> = {}) {
  const url = await urlOf(sourceId);
  return checkAndRecord(sourceId, url, limits);
}

export async function checkAndRecord(
  sourceId: number,
  url: string,
  limits: Partial<FetchLimits> = {},
) {
  try {
    const res = await safeFetch(url, { ...CHECK_LIMITS, allowPrivate: allowPrivate(), ...limits });
    return recordLinkCheck({
      sourceId,
      url,
      status: res.status,
      error: null,
      dead: res.status >= 400,
    });
  } catch (err) {
    if (!(err instanceof FetchRefused)) throw err;
    return recordLinkCheck({ sourceId, url, status: null, error: err.reason, dead: true });
  }
}

import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

// Fetching a source's page for the archive and the link check: only http(s), only public
// addresses (unless allowed, for tests against a local server), each redirect hop checked
// again, within a size limit, a hop limit and one deadline for the whole fetch.
//
// The address is checked where the connection is made (the `lookup` of the request), not
// by a lookup beforehand, so a name that resolves to a public address for the check and a
// private one for the connection (DNS rebinding) cannot slip through.

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Allow loopback, private and other non-public addresses (tests only). */
  allowPrivate: boolean;
  /** GET reads the body (archive); the link check reads only the status. */
  readBody: boolean;
}

export const ARCHIVE_LIMITS: Omit<FetchLimits, 'allowPrivate'> = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  readBody: true,
};

export const CHECK_LIMITS: Omit<FetchLimits, 'allowPrivate'> = {
  maxBytes: 0,
  timeoutMs: 10_000,
  maxRedirects: 5,
  readBody: false,
};

export type FetchFailure =
  | 'scheme'
  | 'private_address'
  | 'too_large'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'timeout'
  | 'unreachable';

export class FetchRefused extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
}

/** Whether an address is a public unicast one (not loopback, private, link-local, …). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (bad || !list.length)
        return callback(
          new FetchRefused('private_address', `${hostname} resolves to a non-public address`),
          '',
          4,
        );
      if ((options as { all?: boolean }).all)
        return (callback as never as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('scheme', 'The URL does not parse');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused('scheme', 'Only http:// and https:// links are fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written in the URL is never looked up: check it here.
  if (isIP(host) && !allowPrivate && !isPublicAddress(host))
    throw new FetchRefused('private_address', `${host} is not a public address`);
  return url;
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        lookup: checkedLookup(limits.allowPrivate),
        signal,
        headers: { 'user-agent': 'AllianceTracker-Archiver/1.0', accept: '*/*' },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const redirect = status >= 300 && status < 400 && res.headers.location;
        if (!limits.readBody || redirect) {
          res.destroy();
          return resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        }
        const declared = Number(res.headers['content-length']);
        if (declared > limits.maxBytes) {
          res.destroy();
          return reject(new FetchRefused('too_large', `Larger than ${limits.maxBytes} bytes`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          // Stop reading at the limit: a body that never ends cannot fill the memory.
          if (size > limits.maxBytes) {
            res.destroy();
            reject(new FetchRefused('too_large', `Larger than ${limits.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Fetches `raw`, following redirects within the limits; throws FetchRefused with why not. */
export async function safeFetch(raw: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const seen = new Set<string>();
  try {
    let url = checkUrl(raw, limits.allowPrivate);
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      const res = await request(url, limits, controller.signal).catch((err: unknown) => {
        if (err instanceof FetchRefused) throw err;
        if (controller.signal.aborted)
          throw new FetchRefused('timeout', `No complete answer within ${limits.timeoutMs} ms`);
        const cause = (err as { cause?: unknown }).cause;
        if (cause instanceof FetchRefused) throw cause;
        throw new FetchRefused('unreachable', (err as Error).message || 'Could not connect');
      });
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location) {
        const next = checkUrl(new URL(location, url).href, limits.allowPrivate);
        if (seen.has(next.href)) throw new FetchRefused('redirect_loop', 'The redirects loop');
        if (hop + 1 > limits.maxRedirects)
          throw new FetchRefused(
            'too_many_redirects',
            `More than ${limits.maxRedirects} redirects`,
          );
        url = next;
        continue;
      }
      return {
        url: raw,
        finalUrl: url.href,
        status: res.status,
        contentType: String(res.headers['content-type'] ?? 'application/octet-stream'),
        body: res.body,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

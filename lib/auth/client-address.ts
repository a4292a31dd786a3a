import 'server-only';
import ipaddr from 'ipaddr.js';
import { BlockList, isIP } from 'node:net';
import { env, type ProxyRange } from '../env.ts';

/**
 * Who is on the other end of a request, for the sign-in throttle and the cross-site check.
 *
 * A Web Request in a Next route handler carries no socket address, and Next fills in
 * X-Forwarded-For from the socket only when the client did not send one, so that header
 * proves nothing. The app's web server (scripts/web-server.mjs, started by `npm start`)
 * therefore removes any incoming copy of the two headers below and stamps the socket's
 * address and scheme itself. The stamp is believed only in a process that server marked;
 * anywhere else (e.g. a bare `next start`) the address is unknown.
 *
 * The X-Forwarded-* headers are believed only when the socket's peer is one of
 * TRUSTED_PROXIES.
 */
export const PEER_ADDRESS_HEADER = 'x-alliance-peer-address';
export const PEER_PROTO_HEADER = 'x-alliance-peer-proto';
/** Set on globalThis by scripts/web-server.mjs before it serves anything; same name there. */
const PEER_STAMPED = Symbol.for('alliance-tracker.peer-headers-stamped');

export interface Network {
  /** Whether this process's server stamps the peer headers (else they may be forged). */
  peerStamped: boolean;
  trustedProxies: BlockList;
}

export function proxyList(ranges: ProxyRange[]): BlockList {
  const list = new BlockList();
  for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family);
  return list;
}

let appProxies: BlockList | undefined;

/** The running app's view: its own stamp and TRUSTED_PROXIES from the environment. */
export function appNetwork(): Network {
  appProxies ??= proxyList(env.TRUSTED_PROXIES);
  return {
    peerStamped: (globalThis as Record<symbol, unknown>)[PEER_STAMPED] === true,
    trustedProxies: appProxies,
  };
}

/** An IP address in one spelling (IPv4-mapped IPv6 as plain IPv4), or null if it is none. */
function normalizeAddress(value: string | null | undefined): string | null {
  const v = value?.trim() ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(v);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const version = isIP(v);
  return version === 4 ? v : version === 6 ? v.toLowerCase() : null;
}

function isTrusted(address: string, network: Network): boolean {
  return network.trustedProxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

interface Peer {
  address: string;
  proto: 'http' | 'https';
}

function peerOf(headers: Headers, network: Network): Peer | null {
  if (!network.peerStamped) return null;
  const address = normalizeAddress(headers.get(PEER_ADDRESS_HEADER));
  const proto = headers.get(PEER_PROTO_HEADER);
  return address ? { address, proto: proto === 'https' ? 'https' : 'http' } : null;
}

/** Whether the request came straight from one of TRUSTED_PROXIES. */
export function fromTrustedProxy(headers: Headers, network: Network): boolean {
  const peer = peerOf(headers, network);
  return peer !== null && isTrusted(peer.address, network);
}

/**
 * The client's address: the socket's peer, or, when that is a trusted proxy, the right-most
 * X-Forwarded-For entry that is not a trusted proxy (entries further left were written by
 * the client and prove nothing). Null when the address is unknown (no stamp).
 */
export function clientAddress(headers: Headers, network: Network): string | null {
  const peer = peerOf(headers, network);
  if (!peer) return null;
  let client = peer.address;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',');
  for (let i = hops.length - 1; i >= 0 && isTrusted(client, network); i--) {
    const hop = normalizeAddress(hops[i]);
    // Garbage where a trusted proxy should have written an address: stop at the last
    // address a trusted party vouched for.
    if (!hop) break;
    client = hop;
  }
  return client;
}

/**
 * The throttle's key for an address. An IPv6 client usually holds a whole /64, so its
 * addresses count together; otherwise each new address would get a fresh budget.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const prefix = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${prefix.map((group) => group.toString(16)).join(':')}::/64`;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function lastValue(header: string | null): string | null {
  const value = header?.split(',').pop()?.trim();
  return value || null;
}

const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin this request was addressed to: its Host (X-Forwarded-Host from a trusted
 * proxy) and the socket's scheme (X-Forwarded-Proto from a trusted proxy). Without a stamp
 * (tests calling handlers directly) the request URL's scheme stands in for the socket's.
 */
export function requestOrigin(headers: Headers, network: Network, url?: string): string | null {
  const peer = peerOf(headers, network);
  const viaProxy = peer !== null && isTrusted(peer.address, network);
  const parsed = url ? parseUrl(url) : null;
  const host =
    (viaProxy ? lastValue(headers.get('x-forwarded-host')) : null) ??
    headers.get('host') ??
    parsed?.host ??
    null;
  const proto =
    (viaProxy ? lastValue(headers.get('x-forwarded-proto')) : null) ??
    peer?.proto ??
    parsed?.protocol.slice(0, -1) ??
    'http';
  if (!host || !HOST.test(host) || (proto !== 'http' && proto !== 'https')) return null;
  return parseUrl(`${proto}://${host}`)?.origin ?? null;
}

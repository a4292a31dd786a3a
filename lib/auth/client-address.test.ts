import { describe, expect, test } from 'vitest';
import { parseEnv } from '../env.ts';
import {
  PEER_ADDRESS_HEADER,
  PEER_PROTO_HEADER,
  addressBucket,
  clientAddress,
  fromTrustedProxy,
  proxyList,
  requestOrigin,
  type Network,
} from './client-address.ts';

const network = (trusted = '', peerStamped = true): Network => ({
  peerStamped,
  trustedProxies: proxyList(parseEnv({ TRUSTED_PROXIES: trusted }).TRUSTED_PROXIES),
});
const headers = (peer: string | null, extra: Record<string, string> = {}) =>
  new Headers({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer, [PEER_PROTO_HEADER]: 'http' } : {}),
    ...extra,
  });

describe('clientAddress', () => {
  test('is the socket peer; X-Forwarded-For from a direct client is ignored', () => {
    const h = headers('203.0.113.9', { 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(h, network())).toBe('203.0.113.9');
    expect(clientAddress(h, network('10.0.0.0/8'))).toBe('203.0.113.9');
  });

  test('behind a trusted proxy: the right-most address that is not a trusted proxy', () => {
    const trusted = network('10.0.0.0/8, 192.168.1.1');
    const h = (xff: string) => headers('10.1.2.3', { 'x-forwarded-for': xff });
    expect(clientAddress(h('203.0.113.9'), trusted)).toBe('203.0.113.9');
    // The client wrote 198.51.100.1 itself; the proxies appended the rest.
    expect(clientAddress(h('198.51.100.1, 203.0.113.9, 192.168.1.1'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(h('garbage, 203.0.113.9'), trusted)).toBe('203.0.113.9');
    // Only proxies: the left-most of them.
    expect(clientAddress(h('10.9.9.9'), trusted)).toBe('10.9.9.9');
    // A proxy that forwarded nothing: the proxy itself.
    expect(clientAddress(headers('10.1.2.3'), trusted)).toBe('10.1.2.3');
  });

  test('reads IPv4-mapped IPv6 peers as IPv4 (a dual-stack socket reports them so)', () => {
    expect(clientAddress(headers('::ffff:127.0.0.1'), network('127.0.0.1'))).toBe('127.0.0.1');
    expect(fromTrustedProxy(headers('::ffff:127.0.0.1'), network('127.0.0.1'))).toBe(true);
  });

  test('is unknown without the server stamp, whatever the headers claim', () => {
    const h = headers('203.0.113.9', { 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(h, network('', false))).toBeNull();
    expect(clientAddress(headers(null), network())).toBeNull();
    expect(clientAddress(headers('not-an-ip'), network())).toBeNull();
  });
});

describe('addressBucket', () => {
  test('keeps IPv4 addresses; groups IPv6 addresses by /64', () => {
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });
});

describe('requestOrigin', () => {
  test('is the Host header with the socket scheme; forwarded headers only from a trusted proxy', () => {
    const spoof = {
      host: 'site.example:3000',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    };
    expect(requestOrigin(headers('203.0.113.9', spoof), network('10.0.0.0/8'))).toBe(
      'http://site.example:3000',
    );
    expect(requestOrigin(headers('10.0.0.2', spoof), network('10.0.0.0/8'))).toBe(
      'https://evil.example',
    );
  });

  test('falls back to the request URL without a stamp or a Host header', () => {
    expect(requestOrigin(new Headers(), network(), 'http://x/api/events')).toBe('http://x');
    expect(requestOrigin(new Headers({ host: 'a.example' }), network(), 'https://x/')).toBe(
      'https://a.example',
    );
  });

  test('is null for a malformed host or scheme', () => {
    expect(requestOrigin(headers('203.0.113.9', { host: 'a@b' }), network())).toBeNull();
    const badProto = headers('10.0.0.2', { host: 'a', 'x-forwarded-proto': 'javascript' });
    expect(requestOrigin(badProto, network('10.0.0.2'))).toBeNull();
  });
});

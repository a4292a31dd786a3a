import { describe, expect, test } from 'vitest';
import { parseEnv, siteUrl } from './env.ts';

describe('parseEnv', () => {
  test('fills sensible defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, EMBEDDED_PG_DIR: '.data/postgres' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must start with postgres/],
    [{ DATABASE_REPLICA_URL: 'replica:5432' }, /DATABASE_REPLICA_URL: must start with postgres/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD: must be at least 12 characters/],
    [{ ADMIN_EMAIL: 'not-an-email' }, /ADMIN_EMAIL/],
    [{ TRUSTED_PROXIES: '10.0.0.1,proxy.internal' }, /TRUSTED_PROXIES: "proxy.internal" is not/],
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, /TRUSTED_PROXIES: "10.0.0.0\/33"/],
    [{ TRUSTED_PROXIES: '10.0.0.0/' }, /TRUSTED_PROXIES/],
  ])('names the bad variable: %j', (input, message) => {
    expect(() => parseEnv(input)).toThrow(message);
  });

  test('reads TRUSTED_PROXIES as addresses and CIDR ranges; unset trusts no proxy', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 ::1' }).TRUSTED_PROXIES).toEqual([
      { address: '127.0.0.1', prefix: 32, family: 'ipv4' },
      { address: '10.0.0.0', prefix: 8, family: 'ipv4' },
      { address: '::1', prefix: 128, family: 'ipv6' },
    ]);
  });

  test("SITE_URL is the exports' public address, defaulting to NEXTAUTH_URL, then localhost:PORT", () => {
    expect(siteUrl(parseEnv({ SITE_URL: 'https://alliances.example.org/' }))).toBe(
      'https://alliances.example.org',
    );
    expect(siteUrl(parseEnv({ NEXTAUTH_URL: 'https://a.example.org' }))).toBe(
      'https://a.example.org',
    );
    expect(siteUrl(parseEnv({ PORT: '4000' }))).toBe('http://localhost:4000');
    expect(() => parseEnv({ SITE_URL: 'ftp://x.example.org' })).toThrow(/SITE_URL/);
  });
});

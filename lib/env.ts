import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The only reader of process.env (besides prisma.config.ts). Parsed once; a bad value
 * stops startup with the variable's name. Every variable is listed in .env.example.
 */
/** One TRUSTED_PROXIES entry: an address, or a range in CIDR notation (`10.0.0.0/8`). */
export interface ProxyRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

const trustedProxies = z.string().transform((value, ctx): ProxyRange[] => {
  const ranges: ProxyRange[] = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const [address, prefixText, extra] = entry.split('/');
    const version = isIP(address);
    const max = version === 6 ? 128 : 32;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (
      !version ||
      extra !== undefined ||
      (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) ||
      prefix > max
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}" is not an IP address or a CIDR range like 10.0.0.0/8`,
      });
      return z.NEVER;
    }
    ranges.push({ address, prefix, family: version === 6 ? 'ipv6' : 'ipv4' });
  }
  return ranges;
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Any PostgreSQL server. Unset: `npm start` runs an embedded one and sets this for the app. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /**
   * A streaming replica of DATABASE_URL for public reads (signed-out GETs: pages, API, feeds,
   * exports). Unset: every read goes to DATABASE_URL. See docs/DEPLOY.md, "Read replicas".
   */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Port of the web server. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  /** Port of the embedded PostgreSQL; unset: any free port. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** First admin account, created on first start. Without a password one is generated and printed once. */
  ADMIN_EMAIL: z.string().email().default('admin@localhost.localdomain'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Signs session tokens. Unset: `npm start` generates one and keeps it in .data/. */
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Public URL of the site, for sign-in redirects and feed links. */
  NEXTAUTH_URL: z.string().url().optional(),
  /**
   * Public address of the site, printed on every chart and network export (their link back).
   * Unset: NEXTAUTH_URL, else http://localhost:$PORT; never the address a request came in on.
   */
  SITE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must start with http:// or https://')
    .optional(),
  /**
   * Reverse proxies in front of the app whose X-Forwarded-For, -Host and -Proto are believed
   * (addresses or CIDR ranges, comma-separated). Unset: none; the client is the socket's peer.
   */
  TRUSTED_PROXIES: trustedProxies.default([]),
  /**
   * How long a database call may wait for a connection (milliseconds). Past it the request
   * answers 503 "temporarily unavailable" instead of waiting on an unreachable server.
   */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /**
   * Longest a single SQL statement may run (milliseconds); 0: no limit. Enforced by the server
   * and, a second later, by the app itself, so a frozen server cannot hold a request forever.
   */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /**
   * Let the source archive and link check fetch loopback and private addresses. Only for
   * tests against a local server: otherwise an editor could make the server read its own
   * network. Unset: refused.
   */
  ARCHIVE_ALLOW_PRIVATE_ADDRESSES: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO=) means unset, as in most shells' .env conventions.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment variable ${lines.join('; ')}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** The site's public origin for exports (SITE_URL, else NEXTAUTH_URL, else localhost:PORT), no trailing slash. */
export function siteUrl(source: Env = env): string {
  const configured = source.SITE_URL ?? source.NEXTAUTH_URL;
  return (configured ?? `http://localhost:${source.PORT}`).replace(/\/+$/, '');
}

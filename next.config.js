import createNextIntlPlugin from 'next-intl/plugin';

// next-intl's request config (messages and locale for server components).
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Content-Security-Policy: scripts only from this site. 'unsafe-inline' stays in script-src
// because the App Router streams its page data as inline <script> tags; the alternative
// (per-request nonces from proxy.ts) adds a moving part for little gain here, since no
// user-supplied HTML is ever rendered (markdown without raw HTML, http(s) links only).
// Dev mode also needs 'unsafe-eval' for React's debugging tools.
const isDev = process.env.NODE_ENV !== 'production';
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/web-server.mjs compresses, after its own fix to the HTML (dropEmptyFormActions).
  compress: false,
  reactStrictMode: true,
  experimental: {
    // Import files up to 5 MB go through a server action (lib/actions/import.ts).
    serverActions: { bodySizeLimit: '6mb' },
    // forbidden()/unauthorized() answer 403/401 with the nearest forbidden.tsx or
    // unauthorized.tsx: for a page without the permission (lib/auth/page-guard.ts) and for a
    // refusal thrown in a server action (lib/http/errors.ts), instead of a 500.
    authInterrupts: true,
  },
  // Native binding (.node): loaded by Node at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  async headers() {
    return [
      // Everything but /embed/* (and Korean /ko/embed/*) refuses to be framed.
      {
        source: '/((?!embed/|ko/embed/|archive/).*)',
        headers: [
          ...common,
          { key: 'Content-Security-Policy', value: csp("'none'") },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      // /archive/* serves archived copies of other sites' pages: sandboxed, no script runs
      // (the same policy as lib/archive/copy-page.ts; these headers replace a route's own).
      {
        source: '/archive/:path*',
        headers: [
          ...common,
          {
            key: 'Content-Security-Policy',
            value:
              "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
          },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      // /embed/* pages are made for other sites' iframes.
      {
        source: '/embed/:path*',
        headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
      },
      {
        source: '/ko/embed/:path*',
        headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

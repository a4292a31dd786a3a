/** @type {import('next').NextConfig} */
const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native binding (.node): loaded by Node at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  async headers() {
    return [
      // Everything but /embed/* refuses to be framed.
      {
        source: '/((?!embed/).*)',
        headers: [...common, { key: 'X-Frame-Options', value: 'DENY' }],
      },
      // /embed/* pages are made for other sites' iframes.
      {
        source: '/embed/:path*',
        headers: [...common, { key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
      },
    ];
  },
};

export default nextConfig;

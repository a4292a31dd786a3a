import { getHealth } from '@/lib/db/core/health.ts';

export const dynamic = 'force-dynamic';

// GET /api/health: database reachable, migrations applied, record counts (public); answers
// within a second whatever the database does (lib/db/core/health.ts)
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: {
      'Cache-Control': 'no-store',
      ...(health.status === 'down' && { 'Retry-After': '5' }),
    },
  });
}

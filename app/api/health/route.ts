import { getHealth } from '@/lib/db/core/health.ts';

export const dynamic = 'force-dynamic';

// GET /api/health: database reachable, migrations applied, record counts (public)
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}

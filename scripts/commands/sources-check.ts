// npm run sources:check: checks every live source's URL and records its HTTP status; dead
// links show in the editor's source link report (/editor/sources/links).
// Against DATABASE_URL when set, else the embedded development database.
import { env } from '../../lib/env.ts';
import { withDatabase } from '../lib/database.ts';

export async function main(): Promise<void> {
  await withDatabase(env, async (url) => {
    // lib/db reads the database URL from env when first used: the embedded one is known only now.
    (env as { DATABASE_URL?: string }).DATABASE_URL = url;
    const { checkAllSourceLinks } = await import('../../lib/archive/check-all.ts');
    const { getDb } = await import('../../lib/db/core/client.ts');
    try {
      const { checked, dead } = await checkAllSourceLinks();
      console.log(`Checked ${checked} source links: ${dead.length} dead.`);
      for (const d of dead) console.log(`  source ${d.id}: ${d.status ?? d.error} ${d.url}`);
    } finally {
      await getDb().$disconnect();
    }
  });
}

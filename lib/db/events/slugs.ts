import 'server-only';
import { getDb } from '../core/client.ts';

/**
 * Who holds an event slug: nobody, a live event, or one in the trash (slugs stay unique
 * across the trash, so a trashed event's slug cannot be reused until it is gone).
 */
export async function eventSlugHolder(slug: string): Promise<'none' | 'live' | 'trash'> {
  const event = await getDb().event.findUnique({ where: { slug }, select: { deletedAt: true } });
  return !event ? 'none' : event.deletedAt ? 'trash' : 'live';
}

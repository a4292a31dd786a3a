import { requirePermission } from '@/lib/auth/session.ts';
import { unmergeEvent } from '@/lib/db/events/merge.ts';
import { handler } from '@/lib/http/handler.ts';

// POST /api/events/[slug]/unmerge: undo the merge of this (merged) event (editor); it comes
// back with its quotes, and the survivor returns to its state before the merge
export const POST = handler<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const user = await requirePermission('events.write', request);
  return Response.json(await unmergeEvent((await params).slug, user.id));
});

import { archiveSource, checkSourceLink } from '../archive/archive-source.ts';
import { requirePermission } from '../auth/session.ts';
import { NotFound } from '../errors.ts';
import { INT4_MAX } from '../schemas/common.ts';
import { handler } from './handler.ts';

type Ctx = { params: Promise<{ id: string }> };

/** A source number from the path; anything else names no source. */
async function sourceId(ctx: Ctx): Promise<number> {
  const { id } = await ctx.params;
  const n = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  if (!(n >= 1 && n <= INT4_MAX)) throw new NotFound('Source');
  return n;
}

/** POST /api/sources/{id}/archive (editor): fetch the source's page now and keep a copy. */
export const archiveRoute = handler<Ctx>(async (request, ctx) => {
  await requirePermission('sources.write', request);
  return Response.json(await archiveSource(await sourceId(ctx)), { status: 201 });
});

/** POST /api/sources/{id}/check (editor): check the source's link now and record the answer. */
export const checkRoute = handler<Ctx>(async (request, ctx) => {
  await requirePermission('sources.write', request);
  return Response.json(await checkSourceLink(await sourceId(ctx)));
});

import { requirePermission } from '@/lib/auth/session.ts';
import { getRelation } from '@/lib/db/relations/reads.ts';
import { RELATION_SPEC } from '@/lib/db/relations/spec.ts';
import { setRelationTrashed, updateRelation } from '@/lib/db/relations/writes.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { NotFound, VersionConflict } from '@/lib/errors.ts';
import { handler, patchInput, readJson } from '@/lib/http/handler.ts';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ key: string }> };

// GET /api/relations/[key]: one relation with its sources and events (public)
export const GET = handler<Ctx>(async (request, { params }) => {
  const { key } = await params;
  return withValidators(request, async () => {
    const relation = await getRelation(key);
    if (!relation) throw new NotFound('Relation');
    return Response.json(relation);
  });
});

// PATCH /api/relations/[key]: update from `version` (editor); stale → 409 with the current relation
export const PATCH = handler<Ctx>(async (request, { params }) => {
  const user = await requirePermission('relations.write', request);
  const { key } = await params;
  const current = await getRelation(key);
  if (!current) throw new NotFound('Relation');
  const input = patchInput(RELATION_SPEC, current, await readJson(request));
  const result = await updateRelation(key, input, input.version, user.id);
  if (result.conflict) throw new VersionConflict(result.conflict);
  return Response.json(result.relation);
});

// DELETE /api/relations/[key]: move to the trash (editor); restorable
export const DELETE = handler<Ctx>(async (request, { params }) => {
  const user = await requirePermission('relations.write', request);
  return Response.json(await setRelationTrashed((await params).key, true, user.id));
});

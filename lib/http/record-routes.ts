import { can, type Permission } from '../auth/permissions.ts';
import { getCurrentUser, requirePermission } from '../auth/session.ts';
import { createRecord, getRecord, setRecordTrashed, updateRecord } from '../db/versioned/writes.ts';
import { RECORD_SPECS } from '../db/versioned/specs.ts';
import type { RecordKind } from '../records/kinds.ts';
import { withValidators } from './cache.ts';
import { NotFound, VersionConflict } from '../errors.ts';
import { handler, patchInput, readJson } from './handler.ts';

// The JSON API of every record kind (sources, quotes, actors, tags, trade observations):
// the same schemas and lib/db writes as the editor forms. Route files pick what they need.

/** Editors of events or of the kind read what readers may not (a draft event's quotes). */
async function canSeeDrafts(request: Request, permission: Permission) {
  const user = await getCurrentUser(request);
  return can(user, 'events.write') || can(user, permission);
}

type Ctx = { params: Promise<Record<string, string>> };
const keyOf = async (ctx: Ctx, param: string) => (await ctx.params)[param] ?? '';

/** POST: create (editor) → 201 with the record. */
export function createRoute(kind: RecordKind) {
  const spec = RECORD_SPECS[kind];
  return handler(async (request) => {
    const user = await requirePermission(spec.permission, request);
    const input = spec.schema.parse(await readJson(request));
    return Response.json(await createRecord(spec, input, user.id), { status: 201 });
  });
}

/**
 * GET (public: not trashed, and for a kind with `publicWhere` only what readers may see;
 * editors read the rest, answered privately so no shared cache keeps it), PATCH from
 * `version` (stale → 409 with the current record), DELETE (soft).
 */
export function itemRoutes(kind: RecordKind, param: string) {
  const spec = RECORD_SPECS[kind];
  return {
    GET: handler<Ctx>(async (request, ctx) => {
      const key = await keyOf(ctx, param);
      if (spec.publicWhere && (await canSeeDrafts(request, spec.permission))) {
        const record = await getRecord(spec, key, { canSeeDrafts: true });
        if (!record) throw new NotFound(spec.label);
        return Response.json(record, { headers: { 'Cache-Control': 'private, no-store' } });
      }
      return withValidators(request, async () => {
        const record = await getRecord(spec, key);
        if (!record) throw new NotFound(spec.label);
        return Response.json(record);
      });
    }),
    PATCH: handler<Ctx>(async (request, ctx) => {
      const user = await requirePermission(spec.permission, request);
      const key = await keyOf(ctx, param);
      const current = await getRecord(spec, key, { canSeeDrafts: true });
      if (!current) throw new NotFound(spec.label);
      const { version, ...fields } = patchInput(spec, current, await readJson(request));
      const result = await updateRecord(spec, key, fields, version, user.id);
      if (result.conflict) throw new VersionConflict(result.conflict);
      return Response.json(result.record);
    }),
    DELETE: handler<Ctx>(async (request, ctx) => {
      const user = await requirePermission(spec.permission, request);
      return Response.json(await setRecordTrashed(spec, await keyOf(ctx, param), true, user.id));
    }),
  };
}

/** POST .../restore: bring a trashed record back (editor). */
export function restoreRoute(kind: RecordKind, param: string) {
  const spec = RECORD_SPECS[kind];
  return handler<Ctx>(async (request, ctx) => {
    const user = await requirePermission(spec.permission, request);
    return Response.json(await setRecordTrashed(spec, await keyOf(ctx, param), false, user.id));
  });
}

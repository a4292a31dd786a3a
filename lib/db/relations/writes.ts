import 'server-only';
import type { RelationInput } from '../../schemas/relation.ts';
import { createRecord, setRecordTrashed, updateRecord } from '../versioned/writes.ts';
import type { RelationDto } from '../../shapes/alliances.ts';
import { RELATION_SPEC } from './spec.ts';

// The relation writes the app calls, by key: the one write path with RELATION_SPEC.

export type RelationUpdateResult =
  { relation: RelationDto; conflict?: undefined } | { conflict: RelationDto; relation?: undefined };

export const createRelation = (input: RelationInput, userId: number | null) =>
  createRecord(RELATION_SPEC, input, userId);

/** Saves an edit made from `expectedVersion`; if someone saved in between, returns theirs. */
export async function updateRelation(
  key: string,
  input: RelationInput,
  expectedVersion: number,
  userId: number | null,
): Promise<RelationUpdateResult> {
  const result = await updateRecord(RELATION_SPEC, key, input, expectedVersion, userId);
  return result.conflict ? { conflict: result.conflict } : { relation: result.record };
}

/** Trash (soft) or restore; both are new revisions, nothing is deleted. */
export const setRelationTrashed = (key: string, trashed: boolean, userId: number | null) =>
  setRecordTrashed(RELATION_SPEC, key, trashed, userId);

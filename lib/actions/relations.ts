'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { createRelation, setRelationTrashed, updateRelation } from '../db/relations/writes.ts';
import { VersionConflict } from '../errors.ts';
import { runAndReport } from '../records/form-actions.ts';
import { toFormState } from '../records/form-state.ts';
import { actionText } from '../i18n/action-text.ts';
import { localizeState } from '../records/form-actions.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { relationInputSchema } from '../schemas/relation.ts';
import type { RelationDto } from '../shapes/alliances.ts';

export interface RelationFormState {
  values: Record<string, string>;
  at?: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  conflict?: RelationDto;
}

const lines = (v: string | undefined) =>
  (v ?? '')
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A JSON list typed into the form; empty means none. Not JSON: left as text for the schema to refuse. */
function jsonList(v: string | undefined): unknown {
  if (!v?.trim()) return [];
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Creates (no key) or updates a relation from the editor form. */
export async function saveRelationAction(
  _prev: RelationFormState,
  form: FormData,
): Promise<RelationFormState> {
  const user = await requirePermission('relations.write');
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const parsed = relationInputSchema.safeParse({
    ...values,
    end: values.end || null,
    sourceUrls: lines(values.sourceUrls),
    eventSlugs: lines(values.eventSlugs),
    obligations: jsonList(values.obligations),
    designations: jsonList(values.designations),
  });
  const text = await actionText();
  if (!parsed.success) return { values, fieldErrors: text.fields(fieldErrorsOf(parsed.error)) };
  let key = values.key;
  try {
    if (!key) {
      key = (await createRelation(parsed.data, user.id)).key!;
    } else {
      const result = await updateRelation(key, parsed.data, Number(values.version), user.id);
      if (result.conflict) throw new VersionConflict(result.conflict);
    }
  } catch (err) {
    // The form shows their version beside the fields, without a message above.
    return localizeState(
      text,
      toFormState(err, values, (current) => ({
        formError: undefined,
        conflict: current as RelationDto,
      })),
    );
  }
  revalidatePath('/alliances');
  redirect(text.path(`/editor/relations?saved=${encodeURIComponent(key)}`));
}

/** Trash or restore from the list (form field `key`, `trash` = "1" to trash). */
export async function trashRelationAction(form: FormData): Promise<void> {
  const user = await requirePermission('relations.write');
  const key = String(form.get('key') ?? '');
  const trash = form.get('trash') === '1';
  await runAndReport(
    trash ? '/editor/relations' : '/editor/relations?view=trash',
    [trash ? 'relationTrashed' : 'relationRestored', { key }],
    async () => {
      await setRelationTrashed(key, trash, user.id);
      revalidatePath('/alliances');
    },
  );
}

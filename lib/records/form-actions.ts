import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import {
  createRecord,
  revertRecord,
  setRecordTrashed,
  updateRecord,
} from '../db/versioned/writes.ts';
import { RECORD_SPECS } from '../db/versioned/specs.ts';
import { HttpError } from '../http/errors.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import {
  differingFields,
  formValues,
  recordFormToInput,
  recordInputToForm,
  type RecordFormState,
} from './form.ts';
import { RECORD_META, type RecordKind } from './kinds.ts';

// What every record kind's server actions do (lib/actions/<kind>.ts names them): parse →
// authorize → write → respond. Each starts with the kind's permission check.

/** Readers see sources, quotes, actors, tags and trade figures on almost every page. */
function revalidateReaders() {
  revalidatePath('/', 'layout');
}

/** An HttpError from lib/db as form feedback (field errors beside fields); anything else rethrows. */
export function asFormState(err: unknown, values: RecordFormState['values']): RecordFormState {
  if (!(err instanceof HttpError)) throw err;
  const fields = (err.extra.fields ?? undefined) as Record<string, string> | undefined;
  const hasFields = fields && Object.keys(fields).length > 0;
  return {
    values,
    at: Date.now(),
    fieldErrors: hasFields ? fields : undefined,
    formError: hasFields ? undefined : err.message,
  };
}

/** Creates (no `key` field) or updates (with `key` and `version`) a record from its form. */
export async function saveRecordForm(kind: RecordKind, form: FormData): Promise<RecordFormState> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const values = formValues(form);
  const parsed = spec.schema.safeParse(recordFormToInput(kind, values));
  if (!parsed.success) return { values, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error) };
  let key: string;
  try {
    if (!values.key) {
      key = spec.keyOf(await createRecord(spec, parsed.data, user.id));
    } else {
      const result = await updateRecord(
        spec,
        values.key,
        parsed.data,
        Number(values.version),
        user.id,
      );
      if (result.conflict) {
        const theirs = recordInputToForm(kind, spec.toInput(result.conflict));
        const noun = RECORD_META[kind].noun;
        return {
          values: { ...values, version: String(result.conflict.version) },
          at: Date.now(),
          formError: `Someone else saved this ${noun} while you were editing. Compare, merge by hand, then save again.`,
          conflict: {
            theirs,
            version: result.conflict.version,
            fields: differingFields(kind, theirs, values),
          },
        };
      }
      key = spec.keyOf(result.record);
    }
  } catch (err) {
    return asFormState(err, values);
  }
  revalidateReaders();
  redirect(`/editor/${RECORD_META[kind].segment}?saved=${encodeURIComponent(key)}`);
}

/** Plain form buttons report the outcome in the URL, so the page shows it after redirect. */
async function runAndReport(
  back: string,
  done: string,
  fn: () => Promise<unknown>,
): Promise<never> {
  let notice = done;
  try {
    await fn();
    revalidateReaders();
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    notice = err.message;
  }
  redirect(`${back}${back.includes('?') ? '&' : '?'}notice=${encodeURIComponent(notice)}`);
}

/** Trash (`trash` true) or restore, from the list or the trash view. */
export async function trashRecordForm(
  kind: RecordKind,
  key: string,
  trash: boolean,
): Promise<never> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const { segment, noun } = RECORD_META[kind];
  const back = trash ? `/editor/${segment}` : `/editor/${segment}?view=trash`;
  return runAndReport(
    back,
    trash ? `Moved the ${noun} ${key} to the trash.` : `Restored the ${noun} ${key}.`,
    () => setRecordTrashed(spec, String(key), trash, user.id),
  );
}

export async function revertRecordForm(
  kind: RecordKind,
  key: string,
  version: number,
): Promise<never> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const { segment, noun } = RECORD_META[kind];
  return runAndReport(
    `/editor/${segment}/${encodeURIComponent(key)}/history`,
    `Reverted the ${noun} to version ${version}.`,
    () => revertRecord(spec, String(key), Number(version), user.id),
  );
}

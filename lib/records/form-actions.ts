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
import type { RecordDto } from '../db/versioned/writes.ts';
import { VersionConflict } from '../errors.ts';
import { actionText, type Notice } from '../i18n/action-text.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import {
  differingFields,
  formValues,
  recordFormToInput,
  recordInputToForm,
  type RecordFormState,
} from './form.ts';
import { noticeOf, toFormState } from './form-state.ts';
import { RECORD_META, type RecordKind } from './kinds.ts';

// What every record kind's server actions do (lib/actions/<kind>.ts names them): parse →
// authorize → write → respond. Each starts with the kind's permission check.

/** Readers see sources, quotes, actors, tags and trade figures on almost every page. */
function revalidateReaders() {
  revalidatePath('/', 'layout');
}

/** Creates (no `key` field) or updates (with `key` and `version`) a record from its form. */
export async function saveRecordForm(kind: RecordKind, form: FormData): Promise<RecordFormState> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const values = formValues(form);
  const text = await actionText();
  const parsed = spec.schema.safeParse(recordFormToInput(kind, values));
  if (!parsed.success)
    return { values, at: Date.now(), fieldErrors: text.fields(fieldErrorsOf(parsed.error)) };
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
      if (result.conflict) throw new VersionConflict(result.conflict);
      key = spec.keyOf(result.record);
    }
  } catch (err) {
    return localizeState(
      text,
      toFormState(err, values, (current) => {
        const theirs = current as RecordDto;
        const theirForm = recordInputToForm(kind, spec.toInput(theirs));
        return {
          values: { ...values, version: String(theirs.version) },
          formError: text.t('conflict', { noun: text.t(`noun.${kind}`) }),
          conflict: {
            theirs: theirForm,
            version: theirs.version,
            fields: differingFields(kind, theirForm, values),
          },
        };
      }),
    );
  }
  revalidateReaders();
  redirect(text.path(`/editor/${RECORD_META[kind].segment}?saved=${encodeURIComponent(key)}`));
}

/**
 * Plain form buttons report the outcome in the URL, so the page shows it after redirect;
 * `fn` writes and revalidates. Every editor and admin button goes through here.
 */
export async function runAndReport(
  back: string,
  [key, params]: Notice,
  fn: () => Promise<unknown>,
): Promise<never> {
  const text = await actionText();
  let notice = text.t(key, params);
  try {
    await fn();
  } catch (err) {
    notice = noticeOf(err, text.message);
  }
  const to = `${back}${back.includes('?') ? '&' : '?'}notice=${encodeURIComponent(notice)}`;
  redirect(text.path(to));
}

/** A form's feedback in the page's language (field messages and the message above it). */
export function localizeState<
  S extends { fieldErrors?: Record<string, string>; formError?: string },
>(text: Awaited<ReturnType<typeof actionText>>, state: S): S {
  return {
    ...state,
    fieldErrors: state.fieldErrors && text.fields(state.fieldErrors),
    formError: state.formError && text.message(state.formError),
  };
}

/** Trash (`trash` true) or restore, from the list or the trash view. */
export async function trashRecordForm(
  kind: RecordKind,
  key: string,
  trash: boolean,
): Promise<never> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const { segment } = RECORD_META[kind];
  const back = trash ? `/editor/${segment}` : `/editor/${segment}?view=trash`;
  return runAndReport(
    back,
    [trash ? 'recordTrashed' : 'recordRestored', { kind, key }],
    async () => {
      await setRecordTrashed(spec, String(key), trash, user.id);
      revalidateReaders();
    },
  );
}

export async function revertRecordForm(
  kind: RecordKind,
  key: string,
  version: number,
): Promise<never> {
  const spec = RECORD_SPECS[kind];
  const user = await requirePermission(spec.permission);
  const { segment } = RECORD_META[kind];
  return runAndReport(
    `/editor/${segment}/${encodeURIComponent(key)}/history`,
    ['recordReverted', { kind, version }],
    async () => {
      await revertRecord(spec, String(key), Number(version), user.id);
      revalidateReaders();
    },
  );
}

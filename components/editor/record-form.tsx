'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import type { RecordFormState } from '@/lib/records/form.ts';
import { RECORD_META, type RecordKind } from '@/lib/records/kinds.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import styles from './event-form.module.css';

type Action = (state: RecordFormState, form: FormData) => Promise<RecordFormState>;

/** New or edit form for any record kind. Keeps what was typed on errors; shows a conflict for merging. */
export function RecordForm({
  kind,
  action,
  initial,
}: {
  kind: RecordKind;
  action: Action;
  initial: RecordFormState;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <RecordFormBody
      key={state.at ?? 0}
      kind={kind}
      state={state}
      action={formAction}
      pending={pending}
    />
  );
}

function RecordFormBody({
  kind,
  state,
  action,
  pending,
}: {
  kind: RecordKind;
  state: RecordFormState;
  action: (f: FormData) => void;
  pending: boolean;
}) {
  const { noun, fields } = RECORD_META[kind];
  const v = state.values;
  // Errors on list items ('sources.1') show beside their list.
  const e: Record<string, string> = {};
  for (const [k, msg] of Object.entries(state.fieldErrors ?? {})) e[k.split('.')[0]] ??= msg;
  const errorCount = Object.keys(e).length;
  const isNew = !v.key;
  return (
    <form action={action} className={styles.form} noValidate>
      {state.formError || errorCount ? (
        <div role="alert" className={styles.alert}>
          {state.formError ??
            `The ${noun} was not saved: ${errorCount} field${errorCount > 1 ? 's need' : ' needs'} attention (marked below).`}
        </div>
      ) : null}
      {state.conflict ? (
        <ConflictPanel
          noun={noun}
          conflict={state.conflict}
          mine={v}
          labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))}
        />
      ) : null}
      <input type="hidden" name="key" value={v.key ?? ''} />
      <input type="hidden" name="version" value={v.version ?? ''} />
      <fieldset className={styles.group}>
        <legend>{isNew ? `New ${noun}` : `The ${noun}`}</legend>
        {fields.map((f) => (
          <Field
            key={f.name}
            name={f.name}
            label={f.label}
            hint={f.hint}
            required={f.required}
            type={f.type === 'url' || f.type === 'number' ? f.type : 'text'}
            options={f.options}
            multiline={f.type === 'textarea' || f.type === 'list' ? 3 : undefined}
            lang={f.lang}
            defaultValue={v[f.name] ?? f.initial ?? ''}
            error={e[f.name]}
          />
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : isNew ? `Create ${noun}` : 'Save changes'}
        </button>
      </div>
    </form>
  );
}

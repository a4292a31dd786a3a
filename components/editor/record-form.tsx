'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('editor');
  const terms = useTranslations('terms');
  const { fields } = RECORD_META[kind];
  const noun = t(`kinds.${kind}.noun`);
  const label = (name: string) => t(`kinds.${kind}.fields.${name}.label`);
  // Choices said in the page's language; the English ones read as kinds.ts has them.
  const optionText = (name: string, value: string, fallback: string) => {
    switch (`${kind}.${name}`) {
      case 'source.reliability':
        return value ? `${value} — ${terms(`reliability.${value}`)}` : t('rows.notGraded');
      case 'actor.kind':
        return t(`values.actorKind.${value}`);
      case 'trade.flow':
        return t(`values.flow.${value}`);
      case 'trade.confidence':
        return t(`values.confidence.${value}`);
      case 'link.kind':
        return terms(`eventLink.${value}`);
      default:
        return fallback;
    }
  };
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
          {state.formError ?? t('recordForm.notSaved', { noun, count: errorCount })}
        </div>
      ) : null}
      {state.conflict ? (
        <ConflictPanel
          noun={noun}
          conflict={state.conflict}
          mine={v}
          labels={Object.fromEntries(fields.map((f) => [f.name, label(f.name)]))}
        />
      ) : null}
      <input type="hidden" name="key" value={v.key ?? ''} />
      <input type="hidden" name="version" value={v.version ?? ''} />
      <fieldset className={styles.group}>
        <legend>{isNew ? t('recordForm.new', { noun }) : t('recordForm.the', { noun })}</legend>
        {fields.map((f) => (
          <Field
            key={f.name}
            name={f.name}
            label={label(f.name)}
            hint={f.hint ? t(`kinds.${kind}.fields.${f.name}.hint`) : undefined}
            required={f.required}
            type={f.type === 'url' || f.type === 'number' ? f.type : 'text'}
            options={f.options?.map((o) => {
              const { value, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
              return { value, label: optionText(f.name, value, text) };
            })}
            multiline={f.type === 'textarea' || f.type === 'list' ? 3 : undefined}
            lang={f.lang}
            defaultValue={v[f.name] ?? f.initial ?? ''}
            error={e[f.name]}
          />
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending
            ? t('eventForm.saving')
            : isNew
              ? t('recordForm.create', { noun })
              : t('eventForm.save')}
        </button>
      </div>
    </form>
  );
}

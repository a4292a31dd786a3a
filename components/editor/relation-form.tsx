'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveRelationAction, type RelationFormState } from '@/lib/actions/relations.ts';
import { RELATION_KINDS } from '@/lib/alliances/kinds.ts';
import { Field } from '@/components/ui/field.tsx';
import { CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import styles from './event-form.module.css';

// Written out, not translated: JSON the field takes as it stands.
const OBLIGATION_EXAMPLE =
  '{"type": "defence", "article": "4", "summary": "…", "quote": null, "sourceUrl": "one of the source URLs"}';
const OBLIGATION_TYPES = 'defence, offence, neutrality, non_aggression, consultation';
const DESIGNATION_EXAMPLE =
  '{"authority": "…", "programme": "…", "party": "…", "listedOn": "YYYY-MM-DD", "legalActUrl": "https://…"}';

/** Create or edit a relation; a save from an old version shows both versions instead. */
export function RelationForm({ initial }: { initial: RelationFormState }) {
  const t = useTranslations('editor.relationForm');
  const terms = useTranslations('terms');
  const values = useTranslations('editor.values');
  const kinds = Object.keys(RELATION_KINDS).map((k) => ({
    value: k,
    label: terms(`relationKind.${k}`),
  }));
  const [state, action, pending] = useActionState(saveRelationAction, initial);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const errorCount = Object.keys(e).length;
  return (
    <form action={action} className={styles.form} noValidate>
      {state.formError || errorCount ? (
        <div role="alert" className={styles.alert}>
          {state.formError ?? t('notSaved', { count: errorCount })}
        </div>
      ) : null}
      {state.conflict ? (
        <div role="alert" className={styles.alert} data-testid="relation-conflict">
          {t('conflict', {
            version: state.conflict.version,
            title: state.conflict.title,
            start: state.conflict.start,
            end: state.conflict.end ?? t('inForce'),
            status: values(`status.${state.conflict.status}`),
          })}
        </div>
      ) : null}
      <input type="hidden" name="key" value={v.key ?? ''} />
      <input
        type="hidden"
        name="version"
        value={state.conflict ? String(state.conflict.version) : (v.version ?? '')}
      />
      <fieldset className={styles.group}>
        <legend>{t('legend')}</legend>
        <Field
          name="title"
          label={t('title')}
          required
          defaultValue={v.title}
          error={e.title}
          hint={t('titleHint')}
        />
        <div className={styles.row}>
          <Field
            name="a"
            label={t('a')}
            required
            defaultValue={v.a}
            error={e.a}
            hint={t('aHint')}
          />
          <Field name="b" label={t('b')} required defaultValue={v.b} error={e.b} />
          <Field
            name="kind"
            label={t('kind')}
            options={kinds}
            defaultValue={v.kind ?? 'treaty'}
            error={e.kind}
          />
          <Field
            name="status"
            label={t('status')}
            options={CLAIM_STATUSES.map((s) => ({ value: s, label: values(`status.${s}`) }))}
            defaultValue={v.status ?? 'confirmed'}
            error={e.status}
          />
        </div>
        <div className={styles.row}>
          <Field
            name="start"
            label={t('start')}
            type="date"
            required
            defaultValue={v.start}
            error={e.start}
          />
          <Field
            name="end"
            label={t('end')}
            type="date"
            defaultValue={v.end}
            error={e.end}
            hint={t('endHint')}
          />
        </div>
        <Field
          name="notes"
          label={t('notes')}
          multiline={3}
          defaultValue={v.notes}
          error={e.notes}
        />
        <Field
          name="sourceUrls"
          label={t('sourceUrls')}
          multiline={3}
          defaultValue={v.sourceUrls}
          error={e.sourceUrls ?? Object.entries(e).find(([k]) => k.startsWith('sourceUrls.'))?.[1]}
        />
        <Field
          name="eventSlugs"
          label={t('eventSlugs')}
          multiline={3}
          defaultValue={v.eventSlugs}
          error={e.eventSlugs}
        />
        <Field
          name="obligations"
          label={t('obligations')}
          multiline={5}
          defaultValue={v.obligations}
          error={
            e.obligations ?? Object.entries(e).find(([k]) => k.startsWith('obligations.'))?.[1]
          }
          hint={t('obligationsHint', { example: OBLIGATION_EXAMPLE, types: OBLIGATION_TYPES })}
        />
        <Field
          name="designations"
          label={t('designations')}
          multiline={4}
          defaultValue={v.designations}
          error={
            e.designations ?? Object.entries(e).find(([k]) => k.startsWith('designations.'))?.[1]
          }
          hint={t('designationsHint', { example: DESIGNATION_EXAMPLE })}
        />
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}

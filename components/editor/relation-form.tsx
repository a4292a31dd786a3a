'use client';

import { useActionState } from 'react';
import { saveRelationAction, type RelationFormState } from '@/lib/actions/relations.ts';
import { RELATION_KINDS } from '@/lib/alliances/kinds.ts';
import { Field } from '@/components/ui/field.tsx';
import { CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import styles from './event-form.module.css';

const KINDS = Object.entries(RELATION_KINDS).map(([value, k]) => ({ value, label: k.label }));

/** Create or edit a relation; a save from an old version shows both versions instead. */
export function RelationForm({ initial }: { initial: RelationFormState }) {
  const [state, action, pending] = useActionState(saveRelationAction, initial);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const errorCount = Object.keys(e).length;
  return (
    <form action={action} className={styles.form} noValidate>
      {state.formError || errorCount ? (
        <div role="alert" className={styles.alert}>
          {state.formError ??
            `The relation was not saved: ${errorCount} field${errorCount > 1 ? 's need' : ' needs'} attention (marked below).`}
        </div>
      ) : null}
      {state.conflict ? (
        <div role="alert" className={styles.alert} data-testid="relation-conflict">
          Someone saved this relation while you were editing (now version {state.conflict.version}):
          “{state.conflict.title}”, {state.conflict.start} to {state.conflict.end ?? 'in force'},{' '}
          {state.conflict.status}. Your version is below: merge what you need and save again.
        </div>
      ) : null}
      <input type="hidden" name="key" value={v.key ?? ''} />
      <input
        type="hidden"
        name="version"
        value={state.conflict ? String(state.conflict.version) : (v.version ?? '')}
      />
      <fieldset className={styles.group}>
        <legend>The relation</legend>
        <Field
          name="title"
          label="Title"
          required
          defaultValue={v.title}
          error={e.title}
          hint="What binds them, e.g. Comprehensive Strategic Partnership Treaty"
        />
        <div className={styles.row}>
          <Field
            name="a"
            label="First actor (code)"
            required
            defaultValue={v.a}
            error={e.a}
            hint="e.g. RU; for transfers and sanctions, the one acting"
          />
          <Field name="b" label="Second actor (code)" required defaultValue={v.b} error={e.b} />
          <Field
            name="kind"
            label="Kind"
            options={KINDS}
            defaultValue={v.kind ?? 'treaty'}
            error={e.kind}
          />
          <Field
            name="status"
            label="Status"
            options={CLAIM_STATUSES}
            defaultValue={v.status ?? 'confirmed'}
            error={e.status}
          />
        </div>
        <div className={styles.row}>
          <Field
            name="start"
            label="In force from"
            type="date"
            required
            defaultValue={v.start}
            error={e.start}
          />
          <Field
            name="end"
            label="Ended on"
            type="date"
            defaultValue={v.end}
            error={e.end}
            hint="Empty while in force; set it to end the relation"
          />
        </div>
        <Field name="notes" label="Notes" multiline={3} defaultValue={v.notes} error={e.notes} />
        <Field
          name="sourceUrls"
          label="Source URLs (one per line)"
          multiline={3}
          defaultValue={v.sourceUrls}
          error={e.sourceUrls ?? Object.entries(e).find(([k]) => k.startsWith('sourceUrls.'))?.[1]}
        />
        <Field
          name="eventSlugs"
          label="Events that establish it (slugs, one per line)"
          multiline={3}
          defaultValue={v.eventSlugs}
          error={e.eventSlugs}
        />
        <Field
          name="obligations"
          label="Obligations (treaties; JSON list)"
          multiline={5}
          defaultValue={v.obligations}
          error={
            e.obligations ?? Object.entries(e).find(([k]) => k.startsWith('obligations.'))?.[1]
          }
          hint='Each: {"type": "defence", "article": "4", "summary": "…", "quote": null, "sourceUrl": "one of the source URLs"}; types: defence, offence, neutrality, non_aggression, consultation'
        />
        <Field
          name="designations"
          label="Designations (sanctions regimes; JSON list)"
          multiline={4}
          defaultValue={v.designations}
          error={
            e.designations ?? Object.entries(e).find(([k]) => k.startsWith('designations.'))?.[1]
          }
          hint='Each: {"authority": "…", "programme": "…", "party": "…", "listedOn": "YYYY-MM-DD", "legalActUrl": "https://…"}'
        />
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save relation'}
        </button>
      </div>
    </form>
  );
}

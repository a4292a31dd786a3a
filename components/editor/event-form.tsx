'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { saveEventAction } from '@/lib/actions/events.ts';
import { rowCount, type EventFormState } from '@/lib/events/event-form.ts';
import { CLAIM_STATUSES, CONFIDENCE_LEVELS, PUBLICATIONS } from '@/lib/schemas/enums.ts';
import type { ActorOption } from './actor-picker.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { DuplicateHints } from './duplicate-hints.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { EventRows } from './event-rows.tsx';
import { TagPicker } from './tag-picker.tsx';
import { TitleSlug } from './title-slug.tsx';
import { MarkdownField } from './markdown-field.tsx';
import styles from './event-form.module.css';

interface Choices {
  actors: ActorOption[];
  tags: { slug: string; name: string }[];
}

/**
 * New or edit form for an event. Keeps what was typed on errors (with a summary that takes
 * the focus); shows a conflict for merging. `page` is the form's own address: without
 * JavaScript the browser posts there (React otherwise writes an empty, invalid action="").
 */
export function EventForm({
  initial,
  choices,
  isNew,
  page,
}: {
  initial: EventFormState;
  choices: Choices;
  isNew: boolean;
  page: string;
}) {
  const [state, action, pending] = useActionState(saveEventAction, initial, page);
  // Actors made from the picker outlive the re-mount after a failed save (their chips keep names).
  const [made, setMade] = useState<ActorOption[]>([]);
  return (
    <EventFormBody
      key={state.at ?? 0}
      state={state}
      action={action}
      pending={pending}
      choices={{ ...choices, actors: [...choices.actors, ...made] }}
      onActorMade={(a) => setMade((m) => [...m, a])}
      isNew={isNew}
    />
  );
}

function EventFormBody({
  state,
  action,
  pending,
  choices,
  onActorMade,
  isNew,
}: {
  state: EventFormState;
  action: (f: FormData) => void;
  pending: boolean;
  choices: Choices;
  onActorMade: (actor: ActorOption) => void;
  isNew: boolean;
}) {
  const t = useTranslations('editor.eventForm');
  const values = useTranslations('editor.values');
  const v = state.values;
  const e = state.fieldErrors ?? {};
  // The rows typed (numbered from 0 by the action), or one blank row of each: a failed save
  // shows exactly the rows that were sent, never one more.
  const [counts, setCounts] = useState(() => ({
    sources: Math.max(rowCount(v, 'sources'), 1),
    quotes: Math.max(rowCount(v, 'quotes'), 1),
  }));
  const errorCount = Object.keys(e).length;
  return (
    <form action={action} className={styles.form} noValidate>
      {state.formError || errorCount ? (
        <ErrorSummary errors={e} formError={state.formError} />
      ) : null}
      {state.conflict ? (
        <ConflictPanel
          noun={t('noun')}
          conflict={state.conflict}
          mine={v}
          aliases={{ location: ['locationName', 'lat', 'lon'] }}
        />
      ) : null}
      <input type="hidden" name="originalSlug" value={v.originalSlug ?? ''} />
      <input type="hidden" name="version" value={v.version ?? ''} />
      <fieldset className={styles.group}>
        <legend>{t('theEvent')}</legend>
        <TitleSlug
          title={v.title ?? ''}
          slug={v.slug ?? ''}
          ownSlug={v.originalSlug ?? ''}
          errors={{ title: e.title, slug: e.slug }}
        />
        <DuplicateHints />
        <div className={styles.row}>
          <Field
            name="date"
            label={t('date')}
            required
            defaultValue={v.date}
            error={e.date ?? e.datePrecision}
            hint={t('dateHint')}
          />
          <Field
            name="endDate"
            label={t('endDate')}
            defaultValue={v.endDate}
            error={e.endDate}
            hint={t('endDateHint')}
          />
        </div>
        <MarkdownField defaultValue={v.summary ?? ''} error={e.summary} />
        <fieldset className={styles.group}>
          <legend>{t('inKorean')}</legend>
          <p className={styles.muted}>{t('inKoreanHint')}</p>
          <Field
            name="titleKo"
            label={t('titleKo')}
            lang="ko"
            defaultValue={v.titleKo}
            error={e.titleKo}
          />
          <MarkdownField
            name="summaryKo"
            label={t('summaryKo')}
            lang="ko"
            defaultValue={v.summaryKo ?? ''}
            error={e.summaryKo}
          />
        </fieldset>
        <div className={styles.row}>
          <Field
            name="status"
            label={t('status')}
            options={CLAIM_STATUSES.map((s) => ({ value: s, label: values(`status.${s}`) }))}
            defaultValue={v.status ?? 'reported'}
            error={e.status}
          />
          <Field
            name="publication"
            label={t('publication')}
            options={PUBLICATIONS.map((p) => ({ value: p, label: values(`publication.${p}`) }))}
            defaultValue={v.publication ?? 'draft'}
            error={e.publication}
          />
          <Field
            name="confidence"
            label={t('confidence')}
            options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: values(`confidence.${c}`) }))}
            defaultValue={v.confidence ?? 'medium'}
            error={e.confidence}
          />
          <Field
            name="importance"
            label={t('importance')}
            type="number"
            defaultValue={v.importance ?? '3'}
            error={e.importance}
          />
        </div>
        {!isNew ? (
          <div className={styles.row}>
            <Field
              name="statusReason"
              label={t('statusReason')}
              defaultValue={v.statusReason}
              error={e.statusReason}
              hint={t('statusReasonHint')}
            />
            <Field
              name="statusSourceUrl"
              label={t('statusSourceUrl')}
              defaultValue={v.statusSourceUrl}
              error={e.statusSourceUrl}
              hint={t('statusSourceUrlHint')}
            />
          </div>
        ) : null}
        <div className={styles.row}>
          <Field
            name="locationName"
            label={t('place')}
            defaultValue={v.locationName}
            error={e['location.name']}
          />
          <Field name="lat" label={t('lat')} defaultValue={v.lat} error={e['location.lat']} />
          <Field name="lon" label={t('lon')} defaultValue={v.lon} error={e['location.lon']} />
        </div>
        <TagPicker
          tags={choices.tags}
          initial={v.tags ?? ''}
          error={e.tags ?? Object.entries(e).find(([k]) => k.startsWith('tags.'))?.[1]}
        />
        <Field
          name="notes"
          label={t('notes')}
          multiline={3}
          defaultValue={v.notes}
          error={e.notes}
        />
      </fieldset>
      <EventRows
        values={v}
        errors={e}
        counts={counts}
        actors={choices.actors}
        onActorMade={onActorMade}
        onAdd={(name) => setCounts((c) => ({ ...c, [name]: c[name] + 1 }))}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('saving') : isNew ? t('create') : t('save')}
      </button>
    </form>
  );
}

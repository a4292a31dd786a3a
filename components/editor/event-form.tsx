'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { saveEventAction } from '@/lib/actions/events.ts';
import { rowCount, type EventFormState } from '@/lib/events/event-form.ts';
import {
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  PUBLICATIONS,
} from '@/lib/schemas/enums.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { DuplicateHints } from './duplicate-hints.tsx';
import { EventRows } from './event-rows.tsx';
import { MarkdownField } from './markdown-field.tsx';
import styles from './event-form.module.css';

/** New or edit form for an event. Keeps what was typed on errors; shows a conflict for merging. */
export function EventForm({
  initial,
  actorCodes,
  isNew,
}: {
  initial: EventFormState;
  actorCodes: { code: string; name: string }[];
  isNew: boolean;
}) {
  const [state, action, pending] = useActionState(saveEventAction, initial);
  return (
    <EventFormBody
      key={state.at ?? 0}
      state={state}
      action={action}
      pending={pending}
      actorCodes={actorCodes}
      isNew={isNew}
    />
  );
}

function EventFormBody({
  state,
  action,
  pending,
  actorCodes,
  isNew,
}: {
  state: EventFormState;
  action: (f: FormData) => void;
  pending: boolean;
  actorCodes: { code: string; name: string }[];
  isNew: boolean;
}) {
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const [counts, setCounts] = useState(() => ({
    actors: rowCount(v, 'actors') + 1,
    sources: rowCount(v, 'sources') + 1,
    quotes: rowCount(v, 'quotes') + 1,
  }));
  const errorCount = Object.keys(e).length;
  return (
    <form action={action} className={styles.form} noValidate>
      {state.formError || errorCount ? (
        <div role="alert" className={styles.alert}>
          {state.formError ??
            `The event was not saved: ${errorCount} field${errorCount > 1 ? 's need' : ' needs'} attention (marked below).`}
        </div>
      ) : null}
      {state.conflict ? (
        <ConflictPanel
          noun="event"
          conflict={state.conflict}
          mine={v}
          aliases={{ location: ['locationName', 'lat', 'lon'] }}
        />
      ) : null}
      <input type="hidden" name="originalSlug" value={v.originalSlug ?? ''} />
      <input type="hidden" name="version" value={v.version ?? ''} />
      <fieldset className={styles.group}>
        <legend>The event</legend>
        <Field name="title" label="Title" required defaultValue={v.title} error={e.title} />
        <DuplicateHints />
        <Field
          name="slug"
          label="Slug (web address)"
          required
          defaultValue={v.slug}
          error={e.slug}
          hint="Lower-case words joined by hyphens, e.g. dprk-troops-in-kursk"
        />
        <div className={styles.row}>
          <Field
            name="date"
            label="Start date"
            type="date"
            required
            defaultValue={v.date}
            error={e.date}
          />
          <Field
            name="endDate"
            label="End date"
            type="date"
            defaultValue={v.endDate}
            error={e.endDate}
            hint="Leave empty for a single date"
          />
          <Field
            name="datePrecision"
            label="Date known to the"
            options={DATE_PRECISIONS}
            defaultValue={v.datePrecision ?? 'day'}
            error={e.datePrecision}
          />
        </div>
        <MarkdownField defaultValue={v.summary ?? ''} error={e.summary} />
        <div className={styles.row}>
          <Field
            name="status"
            label="Claim status"
            options={CLAIM_STATUSES}
            defaultValue={v.status ?? 'reported'}
            error={e.status}
          />
          <Field
            name="publication"
            label="Publication"
            options={PUBLICATIONS}
            defaultValue={v.publication ?? 'draft'}
            error={e.publication}
          />
          <Field
            name="confidence"
            label="Analyst confidence"
            options={CONFIDENCE_LEVELS}
            defaultValue={v.confidence ?? 'medium'}
            error={e.confidence}
          />
          <Field
            name="importance"
            label="Importance (1–5)"
            type="number"
            defaultValue={v.importance ?? '3'}
            error={e.importance}
          />
        </div>
        {!isNew ? (
          <div className={styles.row}>
            <Field
              name="statusReason"
              label="Reason for a status change"
              defaultValue={v.statusReason}
              error={e.statusReason}
              hint="Required when you change the claim status"
            />
            <Field
              name="statusSourceUrl"
              label="Source that moved the status (URL)"
              defaultValue={v.statusSourceUrl}
              error={e.statusSourceUrl}
              hint="One of the sources below"
            />
          </div>
        ) : null}
        <div className={styles.row}>
          <Field
            name="locationName"
            label="Place"
            defaultValue={v.locationName}
            error={e['location.name']}
          />
          <Field name="lat" label="Latitude" defaultValue={v.lat} error={e['location.lat']} />
          <Field name="lon" label="Longitude" defaultValue={v.lon} error={e['location.lon']} />
        </div>
        <Field
          name="tags"
          label="Tags"
          defaultValue={v.tags}
          error={e.tags ?? Object.entries(e).find(([k]) => k.startsWith('tags.'))?.[1]}
          hint="Comma-separated, e.g. military, sanctions"
        />
        <Field
          name="notes"
          label="How the sources were reconciled"
          multiline={3}
          defaultValue={v.notes}
          error={e.notes}
        />
      </fieldset>
      <EventRows
        values={v}
        errors={e}
        counts={counts}
        actorCodes={actorCodes}
        onAdd={(name) => setCounts((c) => ({ ...c, [name]: c[name] + 1 }))}
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : isNew ? 'Create event' : 'Save changes'}
      </button>
    </form>
  );
}

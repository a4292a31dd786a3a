'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { getEvent } from '../db/events/reads.ts';
import type { EventDto } from '../shapes/event.ts';
import {
  createEvent,
  restoreEvent,
  revertEvent,
  trashEvent,
  updateEvent,
} from '../db/events/writes.ts';
import {
  eventInputToForm,
  compactRows,
  formToEventInput,
  formValues,
  type EventFormState,
} from '../events/event-form.ts';
import { diffEvents, eventToInput } from '../events/event-input.ts';
import { NotFound, VersionConflict } from '../errors.ts';
import { runAndReport } from '../records/form-actions.ts';
import { toFormState } from '../records/form-state.ts';
import { actionText, type Notice } from '../i18n/action-text.ts';
import { localizeState } from '../records/form-actions.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { eventInputSchema } from '../schemas/event.ts';

function revalidateEvent(slug: string) {
  revalidatePath('/');
  revalidatePath('/editor');
  revalidatePath(`/events/${slug}`);
}

/** Creates (no originalSlug) or updates an event from the editor form. */
export async function saveEventAction(
  _prev: EventFormState,
  form: FormData,
): Promise<EventFormState> {
  const user = await requirePermission('events.write');
  // Rows as the schema numbers them, so each error lands beside its row and no blank row is added.
  const values = compactRows(formValues(form));
  const text = await actionText();
  const parsed = eventInputSchema.safeParse(formToEventInput(values));
  if (!parsed.success)
    return { values, at: Date.now(), fieldErrors: text.fields(fieldErrorsOf(parsed.error)) };
  try {
    if (!values.originalSlug) {
      await createEvent(parsed.data, user.id);
    } else {
      const result = await updateEvent(
        values.originalSlug,
        parsed.data,
        Number(values.version),
        user.id,
      );
      if (result.conflict) throw new VersionConflict(result.conflict);
      revalidateEvent(values.originalSlug);
    }
  } catch (err) {
    return localizeState(
      text,
      toFormState(err, values, (current) => {
        const theirs = current as EventDto;
        const mineAsEvent = {
          ...theirs,
          ...parsed.data,
          location: parsed.data.location
            ? {
                name: parsed.data.location.name,
                lat: parsed.data.location.lat ?? null,
                lon: parsed.data.location.lon ?? null,
              }
            : null,
        };
        return {
          values: { ...values, version: String(theirs.version) },
          formError: text.t('conflict', { noun: text.t('noun.event') }),
          conflict: {
            theirs: eventInputToForm(eventToInput(theirs)),
            version: theirs.version,
            fields: diffEvents(theirs, mineAsEvent).map((c) => c.field),
          },
        };
      }),
    );
  }
  revalidateEvent(parsed.data.slug);
  redirect(text.path(`/editor?saved=${encodeURIComponent(parsed.data.slug)}`));
}

/** A button's write, reported in the URL (lib/records/form-actions.ts). */
function report(slug: string, done: Notice, fn: () => Promise<unknown>, back = '/editor') {
  return runAndReport(back, done, async () => {
    await fn();
    revalidateEvent(slug);
  });
}

export async function trashEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await report(slug, ['eventTrashed', { slug }], () => trashEvent(slug, user.id));
}

export async function restoreEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await report(
    slug,
    ['eventRestored', { slug }],
    () => restoreEvent(slug, user.id),
    '/editor?view=trash',
  );
}

export async function revertEventAction(
  slug: string,
  version: number,
  _form: FormData,
): Promise<void> {
  const user = await requirePermission('events.write');
  await report(
    slug,
    ['eventReverted', { slug, version }],
    () => revertEvent(slug, version, user.id),
    `/editor/events/${slug}/history`,
  );
}

/** Draft → published; with review required, only an editor other than the author may. */
export async function publishEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.publish');
  await report(slug, ['eventPublished', { slug }], async () => {
    const current = await getEvent(slug, { canSeeDrafts: true });
    if (!current) throw new NotFound('Event');
    const input = eventInputSchema.parse({ ...eventToInput(current), publication: 'published' });
    const result = await updateEvent(slug, input, current.version, user.id);
    if (result.conflict)
      throw new VersionConflict(result.conflict, 'The event changed meanwhile; try again.');
  });
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { getEvent } from '../db/events/reads.ts';
import {
  createEvent,
  restoreEvent,
  revertEvent,
  trashEvent,
  updateEvent,
} from '../db/events/writes.ts';
import {
  eventInputToForm,
  formToEventInput,
  formValues,
  type EventFormState,
} from '../events/event-form.ts';
import { diffEvents, eventToInput } from '../events/event-input.ts';
import { HttpError } from '../http/errors.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { eventInputSchema } from '../schemas/event.ts';

function revalidateEvent(slug: string) {
  revalidatePath('/');
  revalidatePath('/editor');
  revalidatePath(`/events/${slug}`);
}

/** An HttpError from lib/db as form feedback (field errors beside fields); anything else rethrows. */
function asFormState(err: unknown, values: EventFormState['values']): EventFormState {
  if (!(err instanceof HttpError)) throw err;
  const fields = (err.extra.fields ?? undefined) as Record<string, string> | undefined;
  return {
    values,
    at: Date.now(),
    fieldErrors: fields,
    formError: fields ? undefined : err.message,
  };
}

/** Creates (no originalSlug) or updates an event from the editor form. */
export async function saveEventAction(
  _prev: EventFormState,
  form: FormData,
): Promise<EventFormState> {
  const user = await requirePermission('events.write');
  const values = formValues(form);
  const parsed = eventInputSchema.safeParse(formToEventInput(values));
  if (!parsed.success) return { values, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error) };
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
      if (result.conflict) {
        const theirs = result.conflict;
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
          at: Date.now(),
          formError:
            'Someone else saved this event while you were editing. Compare, merge by hand, then save again.',
          conflict: {
            theirs: eventInputToForm(eventToInput(theirs)),
            version: theirs.version,
            fields: diffEvents(theirs, mineAsEvent).map((c) => c.field),
          },
        };
      }
      revalidateEvent(values.originalSlug);
    }
  } catch (err) {
    return asFormState(err, values);
  }
  revalidateEvent(parsed.data.slug);
  redirect(`/editor?saved=${encodeURIComponent(parsed.data.slug)}`);
}

/** Plain form buttons report the outcome in the URL, so the list shows it after redirect. */
async function runAndReport(
  slug: string,
  done: string,
  fn: () => Promise<unknown>,
  back = '/editor',
): Promise<never> {
  let notice = done;
  try {
    await fn();
    revalidateEvent(slug);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    // Field errors say what to do ("restore it under Sources first"); the message only names the fields.
    const fields = err.extra.fields as Record<string, string> | undefined;
    notice = fields ? Object.values(fields).join(' ') : err.message;
  }
  redirect(`${back}${back.includes('?') ? '&' : '?'}notice=${encodeURIComponent(notice)}`);
}

export async function trashEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await runAndReport(slug, `Moved “${slug}” to the trash.`, () => trashEvent(slug, user.id));
}

export async function restoreEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await runAndReport(
    slug,
    `Restored “${slug}”.`,
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
  await runAndReport(
    slug,
    `Reverted “${slug}” to version ${version}.`,
    () => revertEvent(slug, version, user.id),
    `/editor/events/${slug}/history`,
  );
}

/** Draft → published; with review required, only an editor other than the author may. */
export async function publishEventAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.publish');
  await runAndReport(slug, `Published “${slug}”.`, async () => {
    const current = await getEvent(slug, { canSeeDrafts: true });
    if (!current) throw new HttpError(404, 'not_found', 'Event not found.');
    const input = eventInputSchema.parse({ ...eventToInput(current), publication: 'published' });
    const result = await updateEvent(slug, input, current.version, user.id);
    if (result.conflict)
      throw new HttpError(409, 'version_conflict', 'The event changed meanwhile; try again.');
  });
}

'use server';

import { requirePermission } from '../auth/session.ts';
import { ACTOR_SPEC } from '../db/actors/spec.ts';
import { eventSlugHolder } from '../db/events/slugs.ts';
import { searchSourceLibrary, type LibrarySource } from '../db/sources/library.ts';
import { createRecord } from '../db/versioned/writes.ts';
import { actionText } from '../i18n/action-text.ts';
import { localizeState } from '../records/form-actions.ts';
import { toFormState } from '../records/form-state.ts';
import { actorInputSchema } from '../schemas/actor.ts';
import { SLUG } from '../schemas/common.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';

// What the event form asks while an editor types: is this slug free, which sources are on
// file, and (from the actor picker) a new actor. Each checks its permission first, through
// requirePermission like every other action; the new actor goes through the one write path.

export type SlugCheck = { state: 'available' | 'taken' | 'invalid'; message: string };

/** Whether `slug` is free for the event being written (its own current slug counts as free). */
export async function checkEventSlugAction(slug: string, ownSlug: string): Promise<SlugCheck> {
  await requirePermission('events.write');
  const wanted = String(slug ?? '').trim();
  const { t } = await actionText();
  if (!SLUG.test(wanted) || wanted.length > 120)
    return { state: 'invalid', message: t('slugInvalid') };
  if (wanted === String(ownSlug ?? '')) return { state: 'available', message: t('slugOwn') };
  const holder = await eventSlugHolder(wanted);
  if (holder === 'none') return { state: 'available', message: t('slugFree', { slug: wanted }) };
  return {
    state: 'taken',
    message: t(holder === 'trash' ? 'slugTakenTrash' : 'slugTaken', { slug: wanted }),
  };
}

/** Sources on file matching a URL, title or publisher being typed (2 characters or more). */
export async function findSourcesAction(q: string): Promise<LibrarySource[]> {
  await requirePermission('events.write');
  const text = String(q ?? '')
    .trim()
    .replace(/\u0000/g, '')
    .slice(0, 200);
  return text.length < 2 ? [] : searchSourceLibrary(text);
}

export type NewActorResult =
  | { actor: { code: string; name: string; kind: string } }
  | { fieldErrors?: Record<string, string>; formError?: string };

/**
 * Creates an actor from the event form's picker (code, name, kind), with its revision. No
 * revalidation: that would re-render the form being typed in, and an actor no event cites
 * yet shows on no reader page.
 */
export async function createActorFromPickerAction(input: {
  code: string;
  name: string;
  kind: string;
}): Promise<NewActorResult> {
  const user = await requirePermission(ACTOR_SPEC.permission);
  const parsed = actorInputSchema.safeParse(input);
  const text = await actionText();
  if (!parsed.success) return { fieldErrors: text.fields(fieldErrorsOf(parsed.error)) };
  try {
    const actor = await createRecord(ACTOR_SPEC, parsed.data, user.id);
    return { actor: { code: actor.code, name: actor.name, kind: actor.kind } };
  } catch (err) {
    const { fieldErrors, formError } = localizeState(text, toFormState(err, input));
    return { fieldErrors, formError };
  }
}

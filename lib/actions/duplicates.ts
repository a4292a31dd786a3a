'use server';

import { requirePermission } from '../auth/session.ts';
import { findDuplicates } from '../db/events/duplicates.ts';
import type { DuplicateHint } from '../shapes/duplicates.ts';

/**
 * The event form's duplicate hint: stored events like the one being written. Editors only
 * (drafts are listed too); the form's fields arrive as they stand, so anything odd is
 * simply no hint.
 */
export async function findDuplicatesAction(form: FormData): Promise<DuplicateHint[]> {
  await requirePermission('events.write');
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.trim().slice(0, 500) : '';
  };
  const actors = [...form.keys()]
    .filter((k) => /^actors\.\d+\.code$/.test(k))
    .map(text)
    .filter(Boolean)
    .slice(0, 50);
  const [hints] = await findDuplicates([
    {
      title: text('title'),
      date: text('date'),
      actors,
      slug: text('originalSlug') || null,
    },
  ]);
  return hints;
}

'use server';

import { redirect } from 'next/navigation';
import { archiveSource, checkSourceLink } from '../archive/archive-source.ts';
import { checkAllSourceLinks } from '../archive/check-all.ts';
import { requirePermission } from '../auth/session.ts';
import { InvalidInput } from '../errors.ts';

// The editor's link report (/editor/sources/links): archive one source, check one link,
// or check them all. Each answers by coming back to the report with what happened.

const back = (params: Record<string, string>) =>
  `/editor/sources/links?${new URLSearchParams(params)}#source-${params.source ?? ''}`;

export async function archiveSourceAction(id: number, _form: FormData): Promise<void> {
  await requirePermission('sources.write');
  let target: string;
  try {
    const copy = await archiveSource(id);
    target = back({ notice: `Archived source ${id} (copy ${copy.id}).`, source: String(id) });
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    target = back({ error: `Source ${id}: ${err.fields.url}`, source: String(id) });
  }
  redirect(target);
}

export async function checkSourceLinkAction(id: number, _form: FormData): Promise<void> {
  await requirePermission('sources.write');
  const check = await checkSourceLink(id);
  redirect(
    back({
      notice: `Source ${id}: ${check.status ?? check.error}${check.dead ? ' (dead link)' : ''}.`,
      source: String(id),
    }),
  );
}

export async function checkAllLinksAction(_form: FormData): Promise<void> {
  await requirePermission('sources.write');
  const { checked, dead } = await checkAllSourceLinks();
  redirect(back({ notice: `Checked ${checked} links: ${dead.length} dead.` }));
}

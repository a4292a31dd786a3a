'use server';

import { redirect } from 'next/navigation';
import { archiveSource, checkSourceLink } from '../archive/archive-source.ts';
import { checkAllSourceLinks } from '../archive/check-all.ts';
import { requirePermission } from '../auth/session.ts';
import { InvalidInput } from '../errors.ts';
import { actionText } from '../i18n/action-text.ts';

// The editor's link report (/editor/sources/links): archive one source, check one link,
// or check them all. Each answers by coming back to the report with what happened.

const link = (params: Record<string, string>) =>
  `/editor/sources/links?${new URLSearchParams(params)}#source-${params.source ?? ''}`;

export async function archiveSourceAction(id: number, _form: FormData): Promise<void> {
  await requirePermission('sources.write');
  const { t, path, message } = await actionText();
  let target: string;
  try {
    const copy = await archiveSource(id);
    target = link({ notice: t('archived', { id, copy: copy.id }), source: String(id) });
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    const error = t('sourceProblem', { id, problem: message(err.fields.url) });
    target = link({ error, source: String(id) });
  }
  redirect(path(target));
}

export async function checkSourceLinkAction(id: number, _form: FormData): Promise<void> {
  await requirePermission('sources.write');
  const check = await checkSourceLink(id);
  const { t, path } = await actionText();
  const notice = t(check.dead ? 'linkCheckedDead' : 'linkChecked', {
    id,
    result: String(check.status ?? check.error),
  });
  redirect(path(link({ notice, source: String(id) })));
}

export async function checkAllLinksAction(_form: FormData): Promise<void> {
  await requirePermission('sources.write');
  const { checked, dead } = await checkAllSourceLinks();
  const { t, path } = await actionText();
  redirect(path(link({ notice: t('linksChecked', { checked, dead: dead.length }) })));
}

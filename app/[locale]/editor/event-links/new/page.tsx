import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEventLinkAction } from '@/lib/actions/event-links.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('link', 'new');

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const SLUG = /^[a-z0-9-]{1,200}$/;

/** `?from=<slug>` or `?to=<slug>`: started from an event's editor page, prefilled with it. */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('links.write', '/editor/event-links/new');
  const params = await searchParams;
  const values: Record<string, string> = {};
  for (const field of ['from', 'to'] as const) {
    const slug = one(params[field]);
    if (slug && SLUG.test(slug)) values[field] = slug;
  }
  return <NewRecordPage kind="link" saveAction={saveEventLinkAction} values={values} />;
}

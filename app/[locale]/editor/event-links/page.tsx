import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashEventLinkAction } from '@/lib/actions/event-links.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('link', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('links.write', '/editor/event-links');
  return (
    <RecordListPage kind="link" searchParams={searchParams} trashAction={trashEventLinkAction} />
  );
}

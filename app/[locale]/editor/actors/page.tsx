import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashActorAction } from '@/lib/actions/actors.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('actor', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('actors.write', '/editor/actors');
  return <RecordListPage kind="actor" searchParams={searchParams} trashAction={trashActorAction} />;
}

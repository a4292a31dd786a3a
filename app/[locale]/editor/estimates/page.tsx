import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('estimate', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('estimates.write', '/editor/estimates');
  return (
    <RecordListPage kind="estimate" searchParams={searchParams} trashAction={trashEstimateAction} />
  );
}

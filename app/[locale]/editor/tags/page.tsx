import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashTagAction } from '@/lib/actions/tags.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('tag', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('tags.write', '/editor/tags');
  return <RecordListPage kind="tag" searchParams={searchParams} trashAction={trashTagAction} />;
}

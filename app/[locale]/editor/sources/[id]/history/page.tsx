import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('source', 'history');

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('sources.write', `/editor/sources/${id}/history`);
  return (
    <RecordHistoryPage
      kind="source"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertSourceAction}
    />
  );
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('estimate', 'history');

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('estimates.write', `/editor/estimates/${id}/history`);
  return (
    <RecordHistoryPage
      kind="estimate"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertEstimateAction}
    />
  );
}

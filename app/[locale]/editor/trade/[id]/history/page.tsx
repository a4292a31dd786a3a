import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertTradeObservationAction } from '@/lib/actions/trade.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('trade', 'history');

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('trade.write', `/editor/trade/${id}/history`);
  return (
    <RecordHistoryPage
      kind="trade"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertTradeObservationAction}
    />
  );
}

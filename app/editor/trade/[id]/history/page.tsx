import type { Metadata } from 'next';
import { RecordHistoryPage } from '@/components/editor/record-pages.tsx';
import { revertTradeObservationAction } from '@/lib/actions/trade.ts';

export const metadata: Metadata = { title: 'History: Trade observations' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  return (
    <RecordHistoryPage
      kind="trade"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertTradeObservationAction}
    />
  );
}

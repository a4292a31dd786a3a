import type { Metadata } from 'next';
import { RecordListPage } from '@/components/editor/record-pages.tsx';
import { trashTradeObservationAction } from '@/lib/actions/trade.ts';

export const metadata: Metadata = { title: 'Trade observations' };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <RecordListPage
      kind="trade"
      searchParams={searchParams}
      trashAction={trashTradeObservationAction}
    />
  );
}

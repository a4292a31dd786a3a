import type { Metadata } from 'next';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashTradeObservationAction } from '@/lib/actions/trade.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Trade observations' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('trade.write', '/editor/trade');
  return (
    <RecordListPage
      kind="trade"
      searchParams={searchParams}
      trashAction={trashTradeObservationAction}
    />
  );
}

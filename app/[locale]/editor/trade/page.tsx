import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashTradeObservationAction } from '@/lib/actions/trade.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('trade', 'list');

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

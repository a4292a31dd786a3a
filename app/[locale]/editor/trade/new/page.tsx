import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveTradeObservationAction } from '@/lib/actions/trade.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('trade', 'new');

export default async function Page() {
  await requirePageAccess('trade.write', '/editor/trade/new');
  return <NewRecordPage kind="trade" saveAction={saveTradeObservationAction} />;
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveTradeObservationAction, trashTradeObservationAction } from '@/lib/actions/trade.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('trade', 'edit');

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess('trade.write', `/editor/trade/${id}`);
  return (
    <EditRecordPage
      kind="trade"
      recordKey={id}
      saveAction={saveTradeObservationAction}
      trashAction={trashTradeObservationAction}
    />
  );
}

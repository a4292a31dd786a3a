import type { Metadata } from 'next';
import { EditRecordPage } from '@/components/editor/record-pages.tsx';
import { saveTradeObservationAction, trashTradeObservationAction } from '@/lib/actions/trade.ts';

export const metadata: Metadata = { title: 'Edit: Trade observations' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <EditRecordPage
      kind="trade"
      recordKey={id}
      saveAction={saveTradeObservationAction}
      trashAction={trashTradeObservationAction}
    />
  );
}

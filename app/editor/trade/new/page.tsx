import type { Metadata } from 'next';
import { NewRecordPage } from '@/components/editor/record-pages.tsx';
import { saveTradeObservationAction } from '@/lib/actions/trade.ts';

export const metadata: Metadata = { title: 'New: Trade observations' };

export default function Page() {
  return <NewRecordPage kind="trade" saveAction={saveTradeObservationAction} />;
}

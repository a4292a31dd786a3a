import type { Metadata } from 'next';
import { NewRecordPage } from '@/components/editor/record-pages.tsx';
import { saveSourceAction } from '@/lib/actions/sources.ts';

export const metadata: Metadata = { title: 'New: Sources' };

export default function Page() {
  return <NewRecordPage kind="source" saveAction={saveSourceAction} />;
}

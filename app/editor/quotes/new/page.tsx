import type { Metadata } from 'next';
import { NewRecordPage } from '@/components/editor/record-pages.tsx';
import { saveQuoteAction } from '@/lib/actions/quotes.ts';

export const metadata: Metadata = { title: 'New: Quotes' };

export default function Page() {
  return <NewRecordPage kind="quote" saveAction={saveQuoteAction} />;
}

import type { Metadata } from 'next';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'New: Quotes' };

export default async function Page() {
  await requirePageAccess('quotes.write', '/editor/quotes/new');
  return <NewRecordPage kind="quote" saveAction={saveQuoteAction} />;
}

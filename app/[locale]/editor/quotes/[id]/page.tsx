import type { Metadata } from 'next';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveQuoteAction, trashQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Edit: Quotes' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess('quotes.write', `/editor/quotes/${id}`);
  return (
    <EditRecordPage
      kind="quote"
      recordKey={id}
      saveAction={saveQuoteAction}
      trashAction={trashQuoteAction}
    />
  );
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveQuoteAction, trashQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('quote', 'edit');

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

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('quote', 'new');

export default async function Page() {
  await requirePageAccess('quotes.write', '/editor/quotes/new');
  return <NewRecordPage kind="quote" saveAction={saveQuoteAction} />;
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('quote', 'history');

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('quotes.write', `/editor/quotes/${id}/history`);
  return (
    <RecordHistoryPage
      kind="quote"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertQuoteAction}
    />
  );
}

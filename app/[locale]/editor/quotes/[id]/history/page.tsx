import type { Metadata } from 'next';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'History: Quotes' };

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

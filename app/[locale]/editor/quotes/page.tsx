import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashQuoteAction } from '@/lib/actions/quotes.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('quote', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('quotes.write', '/editor/quotes');
  return <RecordListPage kind="quote" searchParams={searchParams} trashAction={trashQuoteAction} />;
}

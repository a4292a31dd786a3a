import type { Metadata } from 'next';
import { RecordListPage } from '@/components/editor/record-pages.tsx';
import { trashQuoteAction } from '@/lib/actions/quotes.ts';

export const metadata: Metadata = { title: 'Quotes' };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <RecordListPage kind="quote" searchParams={searchParams} trashAction={trashQuoteAction} />;
}

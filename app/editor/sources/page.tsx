import type { Metadata } from 'next';
import { RecordListPage } from '@/components/editor/record-pages.tsx';
import { trashSourceAction } from '@/lib/actions/sources.ts';

export const metadata: Metadata = { title: 'Sources' };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <RecordListPage kind="source" searchParams={searchParams} trashAction={trashSourceAction} />
  );
}

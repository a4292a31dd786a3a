import type { Metadata } from 'next';
import { RecordListPage } from '@/components/editor/record-pages.tsx';
import { trashTagAction } from '@/lib/actions/tags.ts';

export const metadata: Metadata = { title: 'Tags' };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <RecordListPage kind="tag" searchParams={searchParams} trashAction={trashTagAction} />;
}

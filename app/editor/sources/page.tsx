import type { Metadata } from 'next';
import { RecordListPage } from '@/app/editor/record-pages.tsx';
import { trashSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Sources' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('sources.write', '/editor/sources');
  return (
    <RecordListPage kind="source" searchParams={searchParams} trashAction={trashSourceAction} />
  );
}

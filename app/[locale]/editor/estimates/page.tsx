import type { Metadata } from 'next';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Estimates' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('estimates.write', '/editor/estimates');
  return (
    <RecordListPage kind="estimate" searchParams={searchParams} trashAction={trashEstimateAction} />
  );
}

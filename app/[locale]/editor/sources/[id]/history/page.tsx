import type { Metadata } from 'next';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'History: Sources' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('sources.write', `/editor/sources/${id}/history`);
  return (
    <RecordHistoryPage
      kind="source"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertSourceAction}
    />
  );
}

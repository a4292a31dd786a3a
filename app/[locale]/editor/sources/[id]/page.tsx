import type { Metadata } from 'next';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveSourceAction, trashSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Edit: Sources' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess('sources.write', `/editor/sources/${id}`);
  return (
    <EditRecordPage
      kind="source"
      recordKey={id}
      saveAction={saveSourceAction}
      trashAction={trashSourceAction}
    />
  );
}

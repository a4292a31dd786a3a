import type { Metadata } from 'next';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEstimateAction, trashEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Edit: Estimates' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess('estimates.write', `/editor/estimates/${id}`);
  return (
    <EditRecordPage
      kind="estimate"
      recordKey={id}
      saveAction={saveEstimateAction}
      trashAction={trashEstimateAction}
    />
  );
}

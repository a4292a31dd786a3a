import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEstimateAction, trashEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('estimate', 'edit');

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

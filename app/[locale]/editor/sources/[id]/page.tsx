import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveSourceAction, trashSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('source', 'edit');

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

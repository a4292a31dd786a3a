import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEventLinkAction, trashEventLinkAction } from '@/lib/actions/event-links.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('link', 'edit');

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess('links.write', `/editor/event-links/${id}`);
  return (
    <EditRecordPage
      kind="link"
      recordKey={id}
      saveAction={saveEventLinkAction}
      trashAction={trashEventLinkAction}
    />
  );
}

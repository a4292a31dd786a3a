import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveActorAction, trashActorAction } from '@/lib/actions/actors.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('actor', 'edit');

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requirePageAccess('actors.write', `/editor/actors/${code}`);
  return (
    <EditRecordPage
      kind="actor"
      recordKey={code}
      saveAction={saveActorAction}
      trashAction={trashActorAction}
    />
  );
}

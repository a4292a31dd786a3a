import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveActorAction } from '@/lib/actions/actors.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('actor', 'new');

export default async function Page() {
  await requirePageAccess('actors.write', '/editor/actors/new');
  return <NewRecordPage kind="actor" saveAction={saveActorAction} />;
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('source', 'new');

export default async function Page() {
  await requirePageAccess('sources.write', '/editor/sources/new');
  return <NewRecordPage kind="source" saveAction={saveSourceAction} />;
}

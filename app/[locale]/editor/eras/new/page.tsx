import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEraAction } from '@/lib/actions/eras.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('era', 'new');

export default async function Page() {
  await requirePageAccess('eras.write', '/editor/eras/new');
  return <NewRecordPage kind="era" saveAction={saveEraAction} />;
}

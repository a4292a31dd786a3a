import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveTagAction } from '@/lib/actions/tags.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('tag', 'new');

export default async function Page() {
  await requirePageAccess('tags.write', '/editor/tags/new');
  return <NewRecordPage kind="tag" saveAction={saveTagAction} />;
}

import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveTagAction, trashTagAction } from '@/lib/actions/tags.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('tag', 'edit');

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageAccess('tags.write', `/editor/tags/${slug}`);
  return (
    <EditRecordPage
      kind="tag"
      recordKey={slug}
      saveAction={saveTagAction}
      trashAction={trashTagAction}
    />
  );
}

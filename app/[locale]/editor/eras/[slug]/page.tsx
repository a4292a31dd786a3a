import { recordTitle } from '@/lib/i18n/page-title.ts';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEraAction, trashEraAction } from '@/lib/actions/eras.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('era', 'edit');

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageAccess('eras.write', `/editor/eras/${slug}`);
  return (
    <EditRecordPage
      kind="era"
      recordKey={slug}
      saveAction={saveEraAction}
      trashAction={trashEraAction}
    />
  );
}

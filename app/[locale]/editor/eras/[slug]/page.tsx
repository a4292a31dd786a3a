import type { Metadata } from 'next';
import { EditRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEraAction, trashEraAction } from '@/lib/actions/eras.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Edit: Eras' };

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

import type { Metadata } from 'next';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveTagAction } from '@/lib/actions/tags.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'New: Tags' };

export default async function Page() {
  await requirePageAccess('tags.write', '/editor/tags/new');
  return <NewRecordPage kind="tag" saveAction={saveTagAction} />;
}

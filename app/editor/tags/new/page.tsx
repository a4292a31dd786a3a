import type { Metadata } from 'next';
import { NewRecordPage } from '@/components/editor/record-pages.tsx';
import { saveTagAction } from '@/lib/actions/tags.ts';

export const metadata: Metadata = { title: 'New: Tags' };

export default function Page() {
  return <NewRecordPage kind="tag" saveAction={saveTagAction} />;
}

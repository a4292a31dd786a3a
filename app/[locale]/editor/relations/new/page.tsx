import type { Metadata } from 'next';
import { RelationForm } from '@/components/editor/relation-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'New relation' };

export default async function NewRelationPage() {
  await requirePageAccess('relations.write', '/editor/relations/new');
  return (
    <section>
      <h1>New relation</h1>
      <RelationForm initial={{ values: {} }} />
    </section>
  );
}

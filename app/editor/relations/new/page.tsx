import type { Metadata } from 'next';
import { RelationForm } from '@/components/editor/relation-form.tsx';

export const metadata: Metadata = { title: 'New relation' };

export default function NewRelationPage() {
  return (
    <section>
      <h1>New relation</h1>
      <RelationForm initial={{ values: {} }} />
    </section>
  );
}

import { pageTitle } from '@/lib/i18n/page-title.ts';
import { RelationForm } from '@/components/editor/relation-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = pageTitle('editor.titles', 'newRelation');

export default async function NewRelationPage() {
  await requirePageAccess('relations.write', '/editor/relations/new');
  return (
    <section>
      <h1>New relation</h1>
      <RelationForm initial={{ values: {} }} />
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title.ts';
import { RelationForm } from '@/components/editor/relation-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = pageTitle('editor.titles', 'newRelation');

export default async function NewRelationPage() {
  await requirePageAccess('relations.write', '/editor/relations/new');
  const t = await getTranslations('editor.relations');
  return (
    <section>
      <h1>{t('new')}</h1>
      <RelationForm initial={{ values: {} }} />
    </section>
  );
}

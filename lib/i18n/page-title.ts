import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { RecordKind } from '../records/kinds.ts';

// Editor and admin page titles in the page's language: `export const generateMetadata = …`.

/** A title from the catalogue: pageTitle('editor.titles', 'newEvent'). */
export const pageTitle = (namespace: string, key: string) => async (): Promise<Metadata> => ({
  title: (await getTranslations(namespace))(key),
});

/** A record kind's page: 'Sources', 'New: Sources', 'Edit: Sources', 'History: Sources'. */
export const recordTitle =
  (kind: RecordKind, page: 'list' | 'new' | 'edit' | 'history') => async (): Promise<Metadata> => {
    const t = await getTranslations('editor');
    return { title: t(`titles.${page}`, { plural: t(`kinds.${kind}.plural`) }) };
  };

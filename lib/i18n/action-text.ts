import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPath } from '../../i18n/routing.ts';
import { translateApiMessage, translateFields } from './api-locale.ts';
import type { Locale } from './localized.ts';

// What a server action says back to the editor, in the language of the page it was posted
// from: next-intl's middleware reads it from the page's address (/ko/editor/... posts there),
// so getLocale() in an action is the page's language. Field messages come from the schemas in
// English and are said again through the API's catalogue (lib/i18n/api-locale.ts).

export type Notice = [key: string, params?: Record<string, string | number>];

// Domain errors with a fixed English message (lib/errors.ts), by the key that says it again.
const FIXED: Record<string, string> = {
  'Sign in, or send an API token, to do this.': 'signIn',
  'The last admin cannot be demoted or disabled.': 'lastAdmin',
  'Review is required: another editor must publish this event.': 'reviewRequired',
  'The event changed meanwhile; try again.': 'changedMeanwhile',
};

export async function actionText() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'editor.actions' });
  const e = await getTranslations({ locale, namespace: 'editor.domainErrors' });
  return {
    locale,
    t,
    /** An English path ('/editor?x=1') in the page's language. */
    path: (p: string) => localizedPath(locale, p),
    fields: (f: Record<string, string>) => translateFields(f, locale),
    /** A domain error's or schema's English message, in the page's language where known. */
    message: (m: string) => (FIXED[m] ? e(FIXED[m]) : translateApiMessage(m, locale)),
  };
}

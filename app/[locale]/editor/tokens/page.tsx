import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/editor/editor.module.css';
import { TokenForm } from '@/components/editor/token-form.tsx';
import { revokeTokenAction } from '@/lib/actions/tokens.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { getApiToken, listApiTokens } from '@/lib/db/accounts/tokens.ts';
import { Link } from '@/i18n/navigation.ts';

export const generateMetadata = pageTitle('editor.titles', 'tokens');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TokensPage({ searchParams }: Props) {
  const user = await requirePageAccess('tokens.manage', '/editor/tokens');
  const query = await searchParams;
  // Revoking is a confirm step (a page, so it works without JavaScript): ?revoke=<id>.
  const revokeId =
    typeof query.revoke === 'string' && /^\d{1,9}$/.test(query.revoke)
      ? Number(query.revoke)
      : null;
  const confirming = revokeId ? await getApiToken(user.id, revokeId) : null;
  const tokens = await listApiTokens(user.id);
  const t = await getTranslations('editor.tokens');
  // Days as the expiry field takes them (YYYY-MM-DD), in either language.
  const day = (iso: string) => iso.slice(0, 10);
  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t.rich('lede', {
          header: 'Authorization: Bearer <token>',
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      {query.notice === 'revoked' ? (
        <p role="status" className={styles.notice}>
          {t('revoked')}
        </p>
      ) : null}
      {confirming && !confirming.revokedAt ? (
        <div role="alertdialog" aria-labelledby="revoke-heading" className={styles.notice}>
          <h2 id="revoke-heading">{t('revokeTitle', { name: confirming.name })}</h2>
          <p>
            {t.rich('revokeText', {
              prefix: confirming.prefix,
              code: (chunks) => <code>{chunks}</code>,
            })}
          </p>
          <div className={styles.actions}>
            <form action={revokeTokenAction.bind(null, confirming.id)}>
              <button type="submit">{t('revokeButton', { name: confirming.name })}</button>
            </form>
            <Link href="/editor/tokens">{t('cancel')}</Link>
          </div>
        </div>
      ) : null}
      <h2>{t('new')}</h2>
      <TokenForm />
      <h2>{t('yours')}</h2>
      {tokens.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{t('yours')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('prefix')}</th>
                <th scope="col">{t('scope')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('lastUsed')}</th>
                <th scope="col">{t('expires')}</th>
                <th scope="col">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr key={tk.id}>
                  <th scope="row">{tk.name}</th>
                  <td>
                    <code>{tk.prefix}…</code>
                  </td>
                  <td>{tk.readOnly ? t('readOnly') : t('readWrite')}</td>
                  <td>{day(tk.createdAt)}</td>
                  <td>{tk.lastUsedAt ? day(tk.lastUsedAt) : t('never')}</td>
                  <td>{tk.expiresAt ? day(tk.expiresAt) : t('never')}</td>
                  <td>
                    {tk.revokedAt ? (
                      t('revokedOn', { date: day(tk.revokedAt) })
                    ) : tk.expiresAt && tk.expiresAt < new Date().toISOString() ? (
                      t('expired')
                    ) : (
                      <Link
                        href={`/editor/tokens?revoke=${tk.id}#revoke-heading`}
                        aria-label={t('revokeLabel', { name: tk.name })}
                      >
                        {t('revoke')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>{t('none')}</p>
      )}
    </section>
  );
}

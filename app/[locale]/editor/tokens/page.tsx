import { pageTitle } from '@/lib/i18n/page-title.ts';
import Link from 'next/link';
import styles from '@/components/editor/editor.module.css';
import { TokenForm } from '@/components/editor/token-form.tsx';
import { revokeTokenAction } from '@/lib/actions/tokens.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { getApiToken, listApiTokens } from '@/lib/db/accounts/tokens.ts';

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
  return (
    <section>
      <h1>API tokens</h1>
      <p className="lede">
        Script the JSON API with <code>Authorization: Bearer &lt;token&gt;</code>. Tokens act as
        you; a read-only token may read what you read and is refused (403) on every write. Revoke
        one you no longer use.
      </p>
      {query.notice === 'revoked' ? (
        <p role="status" className={styles.notice}>
          Token revoked: it stops working on its next request.
        </p>
      ) : null}
      {confirming && !confirming.revokedAt ? (
        <div role="alertdialog" aria-labelledby="revoke-heading" className={styles.notice}>
          <h2 id="revoke-heading">Revoke the token “{confirming.name}”?</h2>
          <p>
            Scripts using <code>{confirming.prefix}…</code> stop working at once. This cannot be
            undone.
          </p>
          <div className={styles.actions}>
            <form action={revokeTokenAction.bind(null, confirming.id)}>
              <button type="submit">Revoke “{confirming.name}”</button>
            </form>
            <Link href="/editor/tokens">Cancel</Link>
          </div>
        </div>
      ) : null}
      <h2>New token</h2>
      <TokenForm />
      <h2>Your tokens</h2>
      {tokens.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Your tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Scope</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{t.readOnly ? 'read only' : 'read and write'}</td>
                  <td>{t.createdAt.slice(0, 10)}</td>
                  <td>{t.lastUsedAt?.slice(0, 10) ?? 'never'}</td>
                  <td>{t.expiresAt?.slice(0, 10) ?? 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${t.revokedAt.slice(0, 10)}`
                    ) : t.expiresAt && t.expiresAt < new Date().toISOString() ? (
                      'expired'
                    ) : (
                      <Link
                        href={`/editor/tokens?revoke=${t.id}#revoke-heading`}
                        aria-label={`Revoke token ${t.name}…`}
                      >
                        Revoke…
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>No tokens yet.</p>
      )}
    </section>
  );
}

import type { Metadata } from 'next';
import styles from '@/components/editor/editor.module.css';
import { TokenForm } from '@/components/editor/token-form.tsx';
import { revokeTokenAction } from '@/lib/actions/tokens.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listApiTokens } from '@/lib/db/accounts/tokens.ts';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const user = await requirePageAccess('tokens.manage', '/editor/tokens');
  const tokens = await listApiTokens(user.id);
  return (
    <section>
      <h1>API tokens</h1>
      <p className="lede">
        Script the JSON API with <code>Authorization: Bearer &lt;token&gt;</code>. Tokens act as
        you; revoke one you no longer use.
      </p>
      <TokenForm />
      {tokens.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Your tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
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
                  <td>{t.createdAt.slice(0, 10)}</td>
                  <td>{t.lastUsedAt?.slice(0, 10) ?? 'never'}</td>
                  <td>{t.expiresAt?.slice(0, 10) ?? 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${t.revokedAt.slice(0, 10)}`
                    ) : (
                      <form action={revokeTokenAction.bind(null, t.id)}>
                        <button
                          type="submit"
                          className="secondary"
                          aria-label={`Revoke token ${t.name}`}
                        >
                          Revoke
                        </button>
                      </form>
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

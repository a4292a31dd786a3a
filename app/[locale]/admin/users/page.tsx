import { pageTitle } from '@/lib/i18n/page-title.ts';
import styles from '@/components/editor/editor.module.css';
import { Field } from '@/components/ui/field.tsx';
import { setReviewRequiredAction } from '@/lib/actions/settings.ts';
import {
  createUserAction,
  resetPasswordAction,
  setUserDisabledAction,
  setUserRoleAction,
} from '@/lib/actions/users.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { isReviewRequired } from '@/lib/db/core/settings.ts';
import { listUsers } from '@/lib/db/accounts/user-admin.ts';
import { ROLES } from '@/lib/schemas/enums.ts';

export const generateMetadata = pageTitle('admin', 'title');

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePageAccess('users.manage', '/admin/users');
  const { notice } = await searchParams;
  const [users, reviewRequired] = await Promise.all([listUsers(), isReviewRequired()]);
  return (
    <section>
      <h1>Users</h1>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 500)}
        </p>
      ) : null}
      <form action={setReviewRequiredAction.bind(null, !reviewRequired)} className={styles.actions}>
        <span>
          Publishing:{' '}
          {reviewRequired
            ? 'a second editor must publish each event.'
            : 'authors may publish their own events.'}
        </span>
        <button type="submit" className="secondary">
          {reviewRequired ? 'Let authors publish' : 'Require review by a second editor'}
        </button>
      </form>
      <h2>Accounts</h2>
      <form action={createUserAction} className={styles.actions} aria-label="Create an account">
        <Field name="email" label="E-mail" type="email" required />
        <Field name="name" label="Name" required />
        <Field name="role" label="Role" options={ROLES} />
        <Field name="password" label="Password (12+ characters)" type="password" required />
        <button type="submit">Create account</button>
      </form>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">Password</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  <div className="meta">{u.email}</div>
                </th>
                <td>
                  <form action={setUserRoleAction.bind(null, u.id)} className={styles.actions}>
                    <Field
                      name="role"
                      id={`user-${u.id}-role`}
                      label={`Role of ${u.email}`}
                      options={ROLES}
                      defaultValue={u.role}
                    />
                    <button type="submit" className="secondary">
                      Change role
                    </button>
                  </form>
                </td>
                <td>
                  <form action={resetPasswordAction.bind(null, u.id)} className={styles.actions}>
                    <Field
                      name="password"
                      id={`user-${u.id}-password`}
                      label={`New password for ${u.email}`}
                      type="password"
                    />
                    <button type="submit" className="secondary">
                      Reset
                    </button>
                  </form>
                </td>
                <td>
                  <form action={setUserDisabledAction.bind(null, u.id, !u.disabledAt)}>
                    <button type="submit" className="secondary">
                      {u.disabledAt ? `Enable ${u.email}` : `Disable ${u.email}`}
                    </button>
                  </form>
                  {u.disabledAt ? (
                    <div className="meta">disabled {u.disabledAt.slice(0, 10)}</div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

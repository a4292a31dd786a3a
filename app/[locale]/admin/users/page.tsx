import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
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
  const t = await getTranslations('admin');
  const roles = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <section>
      <h1>{t('title')}</h1>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 500)}
        </p>
      ) : null}
      <form action={setReviewRequiredAction.bind(null, !reviewRequired)} className={styles.actions}>
        <span>
          {t('publishing')} {reviewRequired ? t('reviewOn') : t('reviewOff')}
        </span>
        <button type="submit" className="secondary">
          {reviewRequired ? t('letAuthors') : t('requireReview')}
        </button>
      </form>
      <h2>{t('accounts')}</h2>
      <form action={createUserAction} className={styles.actions} aria-label={t('createLabel')}>
        <Field name="email" label={t('email')} type="email" required />
        <Field name="name" label={t('name')} required />
        <Field name="role" label={t('role.label')} options={roles} />
        <Field name="password" label={t('password')} type="password" required />
        <button type="submit">{t('create')}</button>
      </form>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('accounts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account')}</th>
              <th scope="col">{t('role.label')}</th>
              <th scope="col">{t('passwordColumn')}</th>
              <th scope="col">{t('access')}</th>
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
                      label={t('roleOf', { email: u.email })}
                      options={roles}
                      defaultValue={u.role}
                    />
                    <button type="submit" className="secondary">
                      {t('changeRole')}
                    </button>
                  </form>
                </td>
                <td>
                  <form action={resetPasswordAction.bind(null, u.id)} className={styles.actions}>
                    <Field
                      name="password"
                      id={`user-${u.id}-password`}
                      label={t('newPassword', { email: u.email })}
                      type="password"
                    />
                    <button type="submit" className="secondary">
                      {t('reset')}
                    </button>
                  </form>
                </td>
                <td>
                  <form action={setUserDisabledAction.bind(null, u.id, !u.disabledAt)}>
                    <button type="submit" className="secondary">
                      {t(u.disabledAt ? 'enable' : 'disable', { email: u.email })}
                    </button>
                  </form>
                  {u.disabledAt ? (
                    <div className="meta">
                      {t('disabledOn', { date: u.disabledAt.slice(0, 10) })}
                    </div>
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

'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { createTokenAction, type TokenState } from '@/lib/actions/tokens.ts';
import { CopyButton } from './copy-button.tsx';
import styles from './editor.module.css';

/** Creates a token and shows it once; afterwards only its prefix is ever shown. */
export function TokenForm() {
  const t = useTranslations('editor.tokens');
  const [state, action, pending] = useActionState<TokenState, FormData>(createTokenAction, {});
  const scopes = [
    { value: 'write', label: t('scopeWrite') },
    { value: 'read', label: t('scopeRead') },
  ];
  return (
    <>
      {state.token ? (
        <div role="status" className={styles.notice}>
          <p>
            {t('made', {
              name: state.name ?? '',
              scope: state.readOnly ? t('readOnly') : t('readWrite'),
            })}
          </p>
          <label htmlFor="new-token">{t('token')}</label>{' '}
          <input
            id="new-token"
            readOnly
            value={state.token}
            size={50}
            className={styles.token}
            onFocus={(e) => e.currentTarget.select()}
          />{' '}
          <CopyButton text={state.token} label={t('copyLabel')} />
        </div>
      ) : null}
      <form action={action} className={styles.actions}>
        <Field name="name" label={t('tokenName')} error={state.fieldErrors?.name} />
        <Field
          name="scope"
          label={t('scope')}
          options={scopes}
          defaultValue="write"
          error={state.fieldErrors?.scope}
        />
        <Field
          name="expiresOn"
          label={t('expiresOn')}
          type="date"
          error={state.fieldErrors?.expiresOn}
          hint={t('expiresOnHint')}
        />
        <button type="submit" disabled={pending}>
          {t('create')}
        </button>
      </form>
    </>
  );
}

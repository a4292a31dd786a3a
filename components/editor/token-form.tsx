'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { createTokenAction, type TokenState } from '@/lib/actions/tokens.ts';
import styles from './editor.module.css';

/** Creates a token and shows it once; afterwards only its prefix is ever shown. */
export function TokenForm() {
  const [state, action, pending] = useActionState<TokenState, FormData>(createTokenAction, {});
  return (
    <>
      {state.token ? (
        <div role="status" className={styles.notice}>
          <p>New token “{state.name}”. Copy it now: it will not be shown again.</p>
          <label htmlFor="new-token">Token</label>{' '}
          <input id="new-token" readOnly value={state.token} size={50} />
        </div>
      ) : null}
      <form action={action} className={styles.actions}>
        <Field name="name" label="Token name" error={state.fieldErrors?.name} />
        <Field
          name="expiresInDays"
          label="Expires after (days, optional)"
          type="number"
          error={state.fieldErrors?.expiresInDays}
        />
        <button type="submit" disabled={pending}>
          Create token
        </button>
      </form>
    </>
  );
}

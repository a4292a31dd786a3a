'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { createTokenAction, type TokenState } from '@/lib/actions/tokens.ts';
import { CopyButton } from './copy-button.tsx';
import styles from './editor.module.css';

const SCOPES = [
  { value: 'write', label: 'Read and write' },
  { value: 'read', label: 'Read only (every write is refused)' },
];

/** Creates a token and shows it once; afterwards only its prefix is ever shown. */
export function TokenForm() {
  const [state, action, pending] = useActionState<TokenState, FormData>(createTokenAction, {});
  return (
    <>
      {state.token ? (
        <div role="status" className={styles.notice}>
          <p>
            New token “{state.name}” ({state.readOnly ? 'read only' : 'read and write'}). Copy it
            now: it will not be shown again.
          </p>
          <label htmlFor="new-token">Token</label>{' '}
          <input
            id="new-token"
            readOnly
            value={state.token}
            size={50}
            className={styles.token}
            onFocus={(e) => e.currentTarget.select()}
          />{' '}
          <CopyButton text={state.token} label="Copy the new token" />
        </div>
      ) : null}
      <form action={action} className={styles.actions}>
        <Field name="name" label="Token name" error={state.fieldErrors?.name} />
        <Field
          name="scope"
          label="Scope"
          options={SCOPES}
          defaultValue="write"
          error={state.fieldErrors?.scope}
        />
        <Field
          name="expiresOn"
          label="Expires after (date, optional)"
          type="date"
          error={state.fieldErrors?.expiresOn}
          hint="Last day it works; empty: never"
        />
        <button type="submit" disabled={pending}>
          Create token
        </button>
      </form>
    </>
  );
}

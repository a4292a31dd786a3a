'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import styles from './sign-in-form.module.css';

/**
 * Posts to next-auth's credentials callback itself (rather than next-auth/react's signIn)
 * so a 429 from the sign-in throttle can be shown with its wait time.
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    try {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const body = new URLSearchParams({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        csrfToken,
        callbackUrl,
        json: 'true',
      });
      const res = await fetch('/api/auth/callback/credentials', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Auth-Return-Redirect': '1',
        },
        body,
      });
      if (res.status === 429) {
        const wait = Number(res.headers.get('Retry-After'));
        setError(wait > 0 ? t('throttled', { seconds: wait }) : t('throttledFew'));
        return;
      }
      const data = (await res.json().catch(() => ({}))) as { url?: string };
      if (!res.ok || !data.url || new URL(data.url, location.href).searchParams.get('error')) {
        setError(t('mismatch'));
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError(t('offline'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate={false}>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <label htmlFor="email">{t('email')}</label>
      <input id="email" name="email" type="email" autoComplete="email" required />
      <label htmlFor="password">{t('password')}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}

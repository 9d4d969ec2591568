import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LoginDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { useAuth } from './auth';

export default function LoginPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { username: username.trim(), password } }).catch(() => null);
    const token = result?.data?.login.token;
    if (!token) return;
    await auth.login(token);
    const next = search.get('next');
    navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  };

  return (
    <section className="page page--narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <form onSubmit={submit} className="form">
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('login.busy') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link href="/lacak">{t('login.trackInstead')}</Link>
      </p>
    </section>
  );
}

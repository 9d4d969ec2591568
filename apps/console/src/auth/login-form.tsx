import { useState, type FormEvent } from 'react';
import { FIRST_SCREEN } from '../ui/first-screen';
import type { CodedError } from '../apollo/coded-error-body';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { requestLogin } from './login-request';

/**
 * The login form: username, password, the server's refusal in the chosen language. Used by the
 * light first screen (login-shell.tsx) and by the console's `/masuk` (login.page.tsx); `onToken`
 * gets the new login.
 */
export function LoginForm({ onToken }: { onToken(token: string): Promise<void> | void }) {
  const { t, text } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CodedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    const result = await requestLogin(username.trim(), password);
    if ('error' in result) {
      setError(result.error);
      setLoading(false);
      return;
    }
    await onToken(result.token);
  };

  return (
    <section className="page page--narrow" aria-labelledby="login-title">
      <h1 id="login-title" {...FIRST_SCREEN}>
        {t('login.title')}
      </h1>
      <form onSubmit={(e) => void submit(e)} className="form">
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
        {error && (
          <div className="alert alert--error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {text(error.message)}
          </div>
        )}
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

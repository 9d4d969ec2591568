import { navigate, useLocation } from '../router/router';
import { useAuth } from './auth';
import { LoginForm } from './login-form';
import { afterLogin } from './login-request';

/** `/masuk` inside the console (after a logout, or a login that expired). */
export default function LoginPage() {
  const auth = useAuth();
  const { search } = useLocation();
  return (
    <LoginForm
      onToken={async (token) => {
        await auth.login(token);
        navigate(afterLogin(search.get('next')), { replace: true });
      }}
    />
  );
}

import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { cartKey, mergeBrowserCart } from '../../cart/hooks/use-cart';
import { useLogIn } from '../hooks/use-session';
import { formErrors } from './form-errors';
import { FormError } from './FormError';
import { TextField } from './TextField';

export function LogInPage() {
  const logIn = useLogIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  // Only same-site paths: never an open redirect.
  const next = params.get('next')?.startsWith('/') && !params.get('next')?.startsWith('//') ? params.get('next')! : '/account';
  const afterSignIn = async () => {
    await mergeBrowserCart().catch(() => undefined);
    await client.invalidateQueries({ queryKey: cartKey });
    navigate(next);
  };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = formErrors(logIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    logIn.mutate({ email, password }, { onSuccess: afterSignIn });
  };

  return (
    <section className="auth-card" aria-labelledby="log-in-title">
      <h1 id="log-in-title">Log in</h1>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.field === 'email' ? errors.fieldMessage : undefined}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.field === 'password' ? errors.fieldMessage : undefined}
        />
        <FormError message={errors.formMessage} />
        <button type="submit" className="button-primary" disabled={logIn.isPending}>
          {logIn.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        New here? <Link to={`/sign-up${next !== '/account' ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>
      </p>
    </section>
  );
}

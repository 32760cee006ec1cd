import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { cartKey, mergeBrowserCart } from '../../cart/hooks/use-cart';
import { useSignUp } from '../hooks/use-session';
import { formErrors } from './form-errors';
import { FormError } from './FormError';
import { TextField } from './TextField';

const PASSWORD_MIN_LENGTH = 10;

export function SignUpPage() {
  const signUp = useSignUp();
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
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const errors = formErrors(signUp.error);
  const fieldError = (field: string) => (errors.field === field ? errors.fieldMessage : undefined);
  const update = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(form, { onSuccess: afterSignIn });
  };

  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create your account</h1>
      <p>Buy from the brand and its vendors, ask for advice and share your builds and routes.</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Display name"
          name="displayName"
          autoComplete="nickname"
          hint="The name other members see."
          required
          value={form.displayName}
          onChange={update('displayName')}
          error={fieldError('displayName')}
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={update('email')}
          error={fieldError('email')}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters, and hard to guess: a few unrelated words work well.`}
          required
          value={form.password}
          onChange={update('password')}
          error={fieldError('password')}
        />
        <FormError message={errors.formMessage} />
        <button type="submit" className="button-primary" disabled={signUp.isPending}>
          {signUp.isPending ? 'Creating account…' : 'Sign up'}
        </button>
      </form>
      <p>
        Already a member? <Link to={`/log-in${next !== '/account' ? `?next=${encodeURIComponent(next)}` : ''}`}>Log in</Link>
      </p>
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import { useAfterSignIn, useLogIn, useNextPath } from '../hooks/use-auth';

const logInSchema = z.object({
  email: z.string().trim().pipe(z.email('Enter a valid email address')),
  password: z.string().min(1, 'Enter your password'),
});

/** `onSignedIn` runs after a successful log-in, before the page moves on (the app composes it). */
export function LogInPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  usePageTitle('Log in');
  const logIn = useLogIn();
  const afterSignIn = useAfterSignIn(onSignedIn);
  const { query } = useNextPath();
  const form = useForm({ resolver: zodResolver(logInSchema), defaultValues: { email: '', password: '' } });
  const submit = submitTo(form, async (input) => {
    await logIn.mutateAsync(input);
    await afterSignIn();
  });

  return (
    <section className="auth-card" aria-labelledby="log-in-title">
      <h1 id="log-in-title">Log in</h1>
      <p className="auth-intro">Welcome back: your orders, saved details and reviews are waiting.</p>
      <form onSubmit={submit} noValidate>
        <TextField label="Email" type="email" autoComplete="email" required {...form.register('email')} error={fieldError(form, 'email')} />
        <TextField label="Password" type="password" autoComplete="current-password" required {...form.register('password')} error={fieldError(form, 'password')} />
        <FormError message={formError(form)} />
        <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="auth-switch">
        New here? <Link to={`/sign-up${query}`}>Create an account</Link>
      </p>
    </section>
  );
}

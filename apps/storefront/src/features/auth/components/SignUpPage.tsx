import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import { useAfterSignIn, useNextPath, useSignUp } from '../hooks/use-auth';

const PASSWORD_MIN_LENGTH = 10;

// The API checks the same and more (e.g. an email in use); its refusals show beside the field too.
const signUpSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name of up to 60 characters').max(60, 'Enter a display name of up to 60 characters'),
  email: z.string().trim().pipe(z.email('Enter a valid email address')),
  password: z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`),
});

/** `onSignedIn` runs after the account is made and signed in, before the page moves on. */
export function SignUpPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  usePageTitle('Sign up');
  const signUp = useSignUp();
  const afterSignIn = useAfterSignIn(onSignedIn);
  const { query } = useNextPath();
  const form = useForm({ resolver: zodResolver(signUpSchema), defaultValues: { displayName: '', email: '', password: '' } });
  const submit = submitTo(form, async (input) => {
    await signUp.mutateAsync(input);
    await afterSignIn();
  });

  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create your account</h1>
      <p className="auth-intro">Buy from the brand and its vendors, ask for advice and share your builds and routes.</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Display name"
          autoComplete="nickname"
          hint="The name other members see."
          required
          {...form.register('displayName')}
          error={fieldError(form, 'displayName')}
        />
        <TextField label="Email" type="email" autoComplete="email" required {...form.register('email')} error={fieldError(form, 'email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters, and hard to guess: a few unrelated words work well.`}
          required
          {...form.register('password')}
          error={fieldError(form, 'password')}
        />
        <FormError message={formError(form)} />
        <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Creating account…' : 'Sign up'}
        </button>
      </form>
      <p className="auth-switch">
        Already a member? <Link to={`/log-in${query}`}>Log in</Link>
      </p>
    </section>
  );
}

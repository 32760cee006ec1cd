import { LogInPage } from '@/features/auth/components/LogInPage';
import { useMoveCartOnSignIn } from './use-move-cart-on-sign-in';

export function Component() {
  return <LogInPage onSignedIn={useMoveCartOnSignIn()} />;
}

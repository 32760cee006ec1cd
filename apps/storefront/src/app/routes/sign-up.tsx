import { SignUpPage } from '@/features/auth/components/SignUpPage';
import { useMoveCartOnSignIn } from './use-move-cart-on-sign-in';

export function Component() {
  return <SignUpPage onSignedIn={useMoveCartOnSignIn()} />;
}

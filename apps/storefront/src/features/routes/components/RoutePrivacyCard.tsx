import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui';
import '../routes.css';

/** On the account page: where the member's route privacy is set. */
export function RoutePrivacyCard() {
  return (
    <section className="route-privacy-card" aria-labelledby="route-privacy-title">
      <h2 id="route-privacy-title">Route privacy</h2>
      <p className="muted">Keep your home and other places out of what others see of the routes you share.</p>
      <Link className={buttonClassName({ variant: 'secondary' })} to="/account/privacy">
        Privacy zones
      </Link>
    </section>
  );
}

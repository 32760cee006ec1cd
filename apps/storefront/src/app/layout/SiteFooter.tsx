import { Link } from 'react-router';
import { useCategories } from '@/features/catalog/hooks/use-catalog';
import { useBrand } from '@/lib/brand/brand';
import { COMMUNITY_SECTIONS } from '@/lib/community';
import { useViewer } from '@/lib/session/session';
import { MARKETPLACE_FOOTER_LINKS } from './navigation';

/** The footer: the brand and its tagline, the shop's departments, the marketplace, the community, the member's pages. */
export function SiteFooter() {
  const brand = useBrand();
  const { viewer } = useViewer();
  const categories = useCategories();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <div className="site-footer-brand">
          {/* A reserved line while the brand loads; never the platform's name in its place. */}
          <p className="site-footer-name">{brand.name ?? '\u00a0'}</p>
          {brand.tagline && <p className="site-footer-tagline">{brand.tagline}</p>}
        </div>
        <nav aria-label="Footer" className="site-footer-nav">
          <div>
            <h2 className="site-footer-heading">Shop</h2>
            <ul>
              <li>
                <Link to="/shop">All products</Link>
              </li>
              {categories.data?.categories.map((category) => (
                <li key={category.id}>
                  <Link to={`/shop?category=${category.slug}`}>{category.name}</Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className="site-footer-heading">Marketplace</h2>
            <ul>
              {MARKETPLACE_FOOTER_LINKS.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{item.to === '/sell' && brand.name ? `Sell on ${brand.name}` : item.label}</Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className="site-footer-heading">Community</h2>
            <ul>
              {COMMUNITY_SECTIONS.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className="site-footer-heading">Your account</h2>
            <ul>
              {viewer ? (
                <>
                  <li>
                    <Link to="/account">Account</Link>
                  </li>
                  <li>
                    <Link to="/orders">My orders</Link>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <Link to="/log-in">Log in</Link>
                  </li>
                  <li>
                    <Link to="/sign-up">Create an account</Link>
                  </li>
                </>
              )}
              <li>
                <Link to="/cart">Cart</Link>
              </li>
            </ul>
          </div>
        </nav>
      </div>
      <p className="site-footer-legal">
        © {new Date().getFullYear()} {brand.name ?? ''}
      </p>
    </footer>
  );
}

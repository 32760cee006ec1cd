import { useId } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { SearchIcon } from '@/components/ui';

/**
 * The header's product search: a GET form to the shop with `q`, the parameter the shop's own
 * search field uses, so the results page shows the words searched and its filters keep working.
 * On the shop page it shows what is being searched. `label` names the search landmark (a page with
 * a second search field names its own differently).
 */
export function HeaderSearch({ className, label = 'Products' }: { className?: string; label?: string }) {
  const id = useId();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/shop' ? (params.get('q') ?? '') : '';
  return (
    <Form role="search" aria-label={label} action="/shop" method="get" className={['header-search', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="visually-hidden">
        Search the shop
      </label>
      <SearchIcon className="header-search-icon" />
      {/* key: the field follows the URL (a new search, or leaving the shop) without a controlled state. */}
      <input key={current} id={id} name="q" type="search" placeholder="Search products" defaultValue={current} autoComplete="off" enterKeyHint="search" />
    </Form>
  );
}

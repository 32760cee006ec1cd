import { useId, type FormEvent } from 'react';
import { Button } from '@/components/ui';
import { SHOP_SORTS, shopSort } from '../../shop-filter';

const KEYS = ['search', 'category', 'min', 'max', 'sort'] as const;

/** The filters of the shop's URL; `q` is the old name of `search`, still read. */
export function filtersFrom(params: URLSearchParams) {
  return {
    search: params.get('search') ?? params.get('q') ?? '',
    category: params.get('category') ?? '',
    min: params.get('min') ?? '',
    max: params.get('max') ?? '',
    sort: shopSort(params),
  };
}

interface ShopFiltersProps {
  params: URLSearchParams;
  categories: readonly { id: string; slug: string; name: string }[];
  /** The new URL parameters, when the form is submitted. */
  onApply: (next: URLSearchParams) => void;
  submitLabel?: string;
}

/**
 * Search, department, price range and order, applied together (a form, so the keyboard and Enter
 * work as everywhere). Used twice: beside the grid on a desktop, in the drawer on a phone.
 */
export function ShopFilters({ params, categories, onApply, submitLabel = 'Apply' }: ShopFiltersProps) {
  const current = filtersFrom(params);
  const ids = { search: useId(), category: useId(), min: useId(), max: useId(), sort: useId() };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value && !(key === 'sort' && value === 'NEWEST')) next.set(key, value);
    }
    onApply(next);
  };

  return (
    // Keyed by the URL: the fields start again from it after each change (links, back, forward).
    <form className="shop-filters" onSubmit={submit} aria-label="Filter products" key={params.toString()}>
      <div className="field">
        <label htmlFor={ids.search}>Search</label>
        <input id={ids.search} name="search" type="search" defaultValue={current.search} />
      </div>
      <div className="field">
        <label htmlFor={ids.category}>Department</label>
        <select id={ids.category} name="category" defaultValue={current.category}>
          <option value="">All</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="shop-price">
        <div className="field">
          <label htmlFor={ids.min}>Price from</label>
          <input id={ids.min} name="min" inputMode="decimal" autoComplete="off" defaultValue={current.min} />
        </div>
        <div className="field">
          <label htmlFor={ids.max}>Price to</label>
          <input id={ids.max} name="max" inputMode="decimal" autoComplete="off" defaultValue={current.max} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.sort}>Sort by</label>
        <select id={ids.sort} name="sort" defaultValue={current.sort}>
          {SHOP_SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" block>
        {submitLabel}
      </Button>
    </form>
  );
}

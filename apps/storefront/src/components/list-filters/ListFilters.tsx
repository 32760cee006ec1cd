import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui';
import './list-filters.css';

/** A back-office list's filters, kept in the address (`?status=PAID&q=…`) so links and the back button bring them back. */
export interface ListFilterState<S extends string> {
  status: S | null;
  search: string;
  /** True when a state or a search narrows the list ("No … match" rather than "No … yet"). */
  filtered: boolean;
  setStatus(status: S | null): void;
  setSearch(search: string): void;
  clear(): void;
}

export function useListFilters<S extends string>(statuses: readonly S[]): ListFilterState<S> {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = raw !== null && (statuses as readonly string[]).includes(raw) ? (raw as S) : null;
  const search = params.get('q')?.trim() ?? '';
  const update = (key: 'status' | 'q', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return {
    status,
    search,
    filtered: status !== null || search !== '',
    setStatus: (value) => update('status', value),
    setSearch: (value) => update('q', value.trim()),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}

/**
 * A search box (applied on Search or Enter) and a status select (applied when chosen), side by side,
 * stacked on a phone.
 */
export function ListFilters<S extends string>({
  name,
  filters,
  searchLabel,
  placeholder,
  statuses,
  statusLabels,
  allLabel,
}: {
  /** What is filtered, for the search landmark: "orders". */
  name: string;
  filters: ListFilterState<S>;
  searchLabel: string;
  placeholder?: string;
  statuses: readonly S[];
  statusLabels: Record<S, string>;
  /** The option that shows every state: "All orders". */
  allLabel: string;
}) {
  const searchId = useId();
  const statusId = useId();
  // The box shows what is typed; when the applied search changes from elsewhere ("Show all", a link),
  // it shows that instead (React's way to reset state from a prop, without remounting and losing focus).
  const [text, setText] = useState(filters.search);
  const [shown, setShown] = useState(filters.search);
  if (shown !== filters.search) {
    setShown(filters.search);
    setText(filters.search);
  }
  return (
    <form
      role="search"
      aria-label={`Find ${name}`}
      className="list-filters"
      onSubmit={(event) => {
        event.preventDefault();
        filters.setSearch(text);
      }}
    >
      <div className="field">
        <label htmlFor={searchId}>{searchLabel}</label>
        <div className="list-filters-search">
          <input id={searchId} name="q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder} />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={filters.status ?? ''} onChange={(e) => filters.setStatus((statuses as readonly string[]).includes(e.target.value) ? (e.target.value as S) : null)}>
          <option value="">{allLabel}</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {statusLabels[value]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Button, toast } from '@/components/ui';
import type { MarketplaceSettingsQuery } from '@/gql/graphql';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney, moneyInputText, parseMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { RemoveCommissionRuleMutation, SetCommissionRuleMutation, UpdateMarketplaceSettingsMutation } from '../graphql/order-parts';
import { percent } from '../part-labels';
import { orderPartQueries } from '../queries';
import '../order-parts.css';

type Data = MarketplaceSettingsQuery;
type Settings = Data['marketplaceSettings'];
const CURRENCY = 'EUR';

/** Percent text ("15", "12.5") to basis points, or null. */
function bpOf(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}
const bpText = (bp: number) => String(bp / 100);
const optionalMoney = (value: number | null | undefined) => (value === null || value === undefined ? '' : moneyInputText({ amountMinor: value, currency: CURRENCY }));

/**
 * The brand manager's marketplace settings: the default commission (rate, floor, cap), the resale
 * fee, booking holds, cancellations, reviews and claims; and the commission rules per vendor, per
 * category or per vendor in a category (the most specific wins). Orders placed from now on use them.
 */
export function MarketplaceSettingsPage() {
  usePageTitle('Marketplace');
  const query = useQuery(orderPartQueries.settings());
  if (query.isLoading) return <p aria-live="polite">Loading the marketplace settings…</p>;
  if (query.error || !query.data) return <p role="alert">{query.error?.message ?? 'Not found'}</p>;
  return (
    <article className="marketplace-page" aria-labelledby="marketplace-title">
      <header className="marketplace-head">
        <h1 id="marketplace-title">Marketplace</h1>
        <p className="muted">What vendors and members pay the brand on each sale, and how long holds, free cancellation and claims last.</p>
      </header>
      <SettingsForm settings={query.data.marketplaceSettings} />
      <RulesEditor data={query.data} />
    </article>
  );
}

const FIELDS: { name: keyof Settings; label: string; hint: string; kind: 'bp' | 'money' | 'int' }[] = [
  { name: 'defaultCommissionBp', label: 'Default commission (%)', hint: 'Of a vendor’s goods, where no rule applies.', kind: 'bp' },
  { name: 'defaultCommissionFloorMinor', label: 'Lowest commission per order (EUR)', hint: 'Leave empty for none.', kind: 'money' },
  { name: 'defaultCommissionCapMinor', label: 'Highest commission per order (EUR)', hint: 'Leave empty for none.', kind: 'money' },
  { name: 'resaleFeeBp', label: 'Resale fee (%)', hint: 'On used items members sell.', kind: 'bp' },
  { name: 'bookingHoldMinutes', label: 'Booking hold (minutes)', hint: '5–120: how long an unpaid slot stays held.', kind: 'int' },
  { name: 'cancellationNoticeHours', label: 'Free cancellation until (hours before)', hint: '0–720.', kind: 'int' },
  { name: 'reviewRevealDays', label: 'Reviews revealed after (days)', hint: '1–60, or once both wrote.', kind: 'int' },
  { name: 'claimWindowDays', label: 'Claim window for used items (days)', hint: '1–30 after delivery.', kind: 'int' },
];

function SettingsForm({ settings }: { settings: Settings }) {
  const client = useQueryClient();
  const id = useId();
  const initial = Object.fromEntries(
    FIELDS.map((f) => [f.name, f.kind === 'bp' ? bpText(settings[f.name] as number) : f.kind === 'money' ? optionalMoney(settings[f.name] as number | null) : String(settings[f.name])]),
  ) as Record<keyof Settings, string>;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const save = useMutation({
    mutationFn: (input: Record<string, number | null>) => request(UpdateMarketplaceSettingsMutation, { input }),
    onSuccess: async () => {
      toast.success('Marketplace settings saved');
      await client.invalidateQueries({ queryKey: orderPartQueries.all });
    },
    onError: (error) => (error instanceof ApiError && error.field ? setErrors({ [error.field]: error.message }) : toast.error(error.message)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: Record<string, number | null> = {};
    const found: Record<string, string> = {};
    for (const field of FIELDS) {
      const text = values[field.name].trim();
      if (field.kind === 'bp') {
        const bp = bpOf(text);
        if (bp === null) found[field.name] = 'A percentage between 0 and 100, such as 15 or 12.5';
        else input[field.name] = bp;
      } else if (field.kind === 'money') {
        const minor = text === '' ? null : parseMoney(text, CURRENCY);
        if (text !== '' && minor === null) found[field.name] = 'An amount such as 2.50, or empty for none';
        else input[field.name] = minor;
      } else {
        if (!/^\d+$/.test(text)) found[field.name] = 'A whole number';
        else input[field.name] = Number(text);
      }
    }
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(input);
  };
  return (
    <form className="marketplace-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Settings</h2>
      <div className="marketplace-fields">
        {FIELDS.map((field) => {
          const inputId = `${id}-${field.name}`;
          const error = errors[field.name];
          return (
            <div key={field.name} className="marketplace-field">
              <label htmlFor={inputId}>{field.label}</label>
              <input
                id={inputId}
                inputMode={field.kind === 'int' ? 'numeric' : 'decimal'}
                value={values[field.name]}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
              />
              <p id={`${inputId}-hint`} className="field-hint">
                {field.hint}
              </p>
              {error && (
                <p id={`${inputId}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </Button>
      </div>
    </form>
  );
}

function ruleScope(rule: Data['commissionRules'][number]): string {
  if (rule.vendorName && rule.categoryName) return `${rule.vendorName} in ${rule.categoryName}`;
  return rule.vendorName ?? (rule.categoryName ? `All vendors in ${rule.categoryName}` : 'Unknown');
}

function RulesEditor({ data }: { data: Data }) {
  const client = useQueryClient();
  const id = useId();
  const [vendorId, setVendorId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [rate, setRate] = useState('');
  const [floor, setFloor] = useState('');
  const [cap, setCap] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: orderPartQueries.all });
  const set = useMutation({
    mutationFn: (input: { vendorId: string | null; categoryId: string | null; bp: number; floorMinor: number | null; capMinor: number | null }) => request(SetCommissionRuleMutation, { input }),
    onSuccess: async () => {
      toast.success('Commission rule saved');
      setRate('');
      setFloor('');
      setCap('');
      await refresh();
    },
    onError: (failure) => setError({ field: failure instanceof ApiError && failure.field ? failure.field : 'bp', message: failure.message }),
  });
  const remove = useMutation({
    mutationFn: (ruleId: string) => request(RemoveCommissionRuleMutation, { id: ruleId }),
    onSuccess: async () => {
      toast.success('Commission rule removed');
      await refresh();
    },
    onError: (failure) => toast.error(failure.message),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!vendorId && !categoryId) return setError({ field: 'vendorId', message: 'Choose a vendor, a category, or both' });
    const bp = bpOf(rate);
    if (bp === null) return setError({ field: 'bp', message: 'A percentage between 0 and 100, such as 12.5' });
    const floorMinor = floor.trim() === '' ? null : parseMoney(floor, CURRENCY);
    if (floor.trim() !== '' && floorMinor === null) return setError({ field: 'floorMinor', message: 'An amount such as 2.50, or empty' });
    const capMinor = cap.trim() === '' ? null : parseMoney(cap, CURRENCY);
    if (cap.trim() !== '' && capMinor === null) return setError({ field: 'capMinor', message: 'An amount such as 25.00, or empty' });
    setError(null);
    set.mutate({ vendorId: vendorId || null, categoryId: categoryId || null, bp, floorMinor, capMinor });
  };
  const errorFor = (field: string) =>
    error?.field === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {error.message}
      </p>
    ) : null;
  const described = (field: string) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {});
  return (
    <section className="marketplace-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Commission rules</h2>
      <p className="field-hint">The most specific rule applies: a vendor in a category, then the vendor, then the category, then the default above. Orders keep the commission they were placed with; buyers never see it.</p>
      {data.commissionRules.length === 0 ? (
        <p>No rules yet: every vendor pays the default.</p>
      ) : (
        <ul className="commission-rules" aria-label="Commission rules">
          {data.commissionRules.map((rule) => (
            <li key={rule.id}>
              <span className="commission-rule-scope">{ruleScope(rule)}</span>
              <span>
                {percent(rule.bp)}
                {rule.floorMinor !== null && rule.floorMinor !== undefined && `, at least ${formatMoney({ amountMinor: rule.floorMinor, currency: CURRENCY })}`}
                {rule.capMinor !== null && rule.capMinor !== undefined && `, at most ${formatMoney({ amountMinor: rule.capMinor, currency: CURRENCY })}`}
              </span>
              <Button size="sm" variant="ghost" onClick={() => remove.mutate(rule.id)} aria-label={`Remove the rule for ${ruleScope(rule)}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label="Set a commission rule" className="marketplace-fields">
        <div className="marketplace-field">
          <label htmlFor={`${id}-vendor`}>Vendor</label>
          <select id={`${id}-vendor`} value={vendorId} onChange={(event) => setVendorId(event.target.value)} {...described('vendorId')}>
            <option value="">Any vendor</option>
            {data.commissionRuleVendors.map((vendor) => (
              <option key={vendor.id} value={vendor.id}>
                {vendor.name}
              </option>
            ))}
          </select>
          {errorFor('vendorId')}
        </div>
        <div className="marketplace-field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={categoryId} onChange={(event) => setCategoryId(event.target.value)} {...described('categoryId')}>
            <option value="">All categories</option>
            {data.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          {errorFor('categoryId')}
        </div>
        <div className="marketplace-field">
          <label htmlFor={`${id}-rate`}>Commission (%)</label>
          <input id={`${id}-rate`} inputMode="decimal" value={rate} onChange={(event) => setRate(event.target.value)} {...described('bp')} />
          {errorFor('bp')}
        </div>
        <div className="marketplace-field">
          <label htmlFor={`${id}-floor`}>At least (EUR, optional)</label>
          <input id={`${id}-floor`} inputMode="decimal" value={floor} onChange={(event) => setFloor(event.target.value)} {...described('floorMinor')} />
          {errorFor('floorMinor')}
        </div>
        <div className="marketplace-field">
          <label htmlFor={`${id}-cap`}>At most (EUR, optional)</label>
          <input id={`${id}-cap`} inputMode="decimal" value={cap} onChange={(event) => setCap(event.target.value)} {...described('capMinor')} />
          {errorFor('capMinor')}
        </div>
        <div className="marketplace-field marketplace-field-end">
          <Button type="submit" disabled={set.isPending}>
            {set.isPending ? 'Saving…' : 'Save rule'}
          </Button>
        </div>
      </form>
    </section>
  );
}

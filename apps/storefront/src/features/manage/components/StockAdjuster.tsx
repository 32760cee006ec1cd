import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { request } from '../../../lib/graphql-client';
import { AdjustStockMutation } from '../graphql/products';

/**
 * Adds or takes away units ("+5", "-2") rather than typing a new total: a delta composes with orders
 * placed while the page was open, where a total would overwrite them. The API refuses to go below
 * zero (CONFLICT on `delta`); its message appears next to the field.
 */
export function StockAdjuster({ variantId, label, onChanged }: { variantId: string; label: string; onChanged: () => void }) {
  const [value, setValue] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const id = useId();
  const errorId = `${id}-error`;
  const adjust = useMutation({
    mutationFn: (delta: number) => request(AdjustStockMutation, { variantId, delta }),
    onSuccess: () => {
      setValue('');
      onChanged();
    },
  });
  const error = localError ?? adjust.error?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const delta = Number(value);
    if (!Number.isInteger(delta) || delta === 0) {
      setLocalError('Enter a whole number of units, e.g. 5 or -2');
      return;
    }
    setLocalError(null);
    adjust.mutate(delta);
  };

  return (
    <form className="stock-editor" onSubmit={submit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        Units to add or remove, {label}
      </label>
      <input
        id={id}
        className="quantity-input"
        type="number"
        step={1}
        placeholder="±0"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="link-button" disabled={adjust.isPending}>
        Apply<span className="visually-hidden"> to {label}</span>
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { toast } from '@/components/ui';
import { fieldError, integerText, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { AdjustStockMutation } from '../graphql/products';

const UNITS_MESSAGE = 'Enter a whole number of units, e.g. 5 or -2';
const adjustSchema = z.object({ delta: integerText(UNITS_MESSAGE).refine((delta) => delta !== 0, UNITS_MESSAGE) });

/**
 * Adds or takes away units ("+5", "-2") rather than typing a new total: a delta composes with orders
 * placed while the page was open, where a total would overwrite them. The API refuses to go below
 * zero (CONFLICT on `delta`); its message appears next to the field.
 */
export function StockAdjuster({ variantId, label, onChanged }: { variantId: string; label: string; onChanged: () => unknown }) {
  const id = useId();
  const errorId = `${id}-error`;
  const form = useForm({ resolver: zodResolver(adjustSchema), defaultValues: { delta: '' } });
  const adjust = useMutation({ mutationFn: ({ delta }: { delta: number }) => request(AdjustStockMutation, { variantId, delta }) });
  const submit = submitTo(form, async (input) => {
    const { adjustVariantStock } = await adjust.mutateAsync(input);
    form.reset();
    toast.success(`${label}: ${adjustVariantStock.stock} in stock`);
    onChanged();
  });
  const error = fieldError(form, 'delta') ?? form.formState.errors.root?.api?.message;

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
        {...form.register('delta')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <button type="submit" className="link-button" disabled={form.formState.isSubmitting}>
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

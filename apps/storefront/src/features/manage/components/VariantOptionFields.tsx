import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from '@/components/form/TextField';
import { fieldError } from '@/lib/forms';
import './product-details.css';

/** A variant's size or colour as typed: trimmed, at most 30 characters, empty for none (null to the API). */
export const optionText = z
  .string()
  .trim()
  .max(30, 'Use at most 30 characters')
  .transform((text) => text || null);

/**
 * A variant's options (decision 0021): the product page shows one picker per option, a size picker
 * and colour swatches, and finds the variant where the two meet. `prefix` is where the form keeps
 * the variant (`variants.0.` on the new-product form, nothing on a variant's own form).
 */
export function VariantOptionFields<T extends FieldValues>({ form, prefix = '' }: { form: UseFormReturn<T, unknown, unknown>; prefix?: string }) {
  const name = (field: 'size' | 'colour') => `${prefix}${field}` as Path<T>;
  return (
    <div className="variant-option-fields">
      <TextField label="Size" hint="e.g. M or 54 cm; leave empty if it has none" autoComplete="off" {...form.register(name('size'))} error={fieldError(form, name('size'))} />
      <TextField label="Colour" hint="e.g. Moss green; shown as a swatch" autoComplete="off" {...form.register(name('colour'))} error={fieldError(form, name('colour'))} />
    </div>
  );
}

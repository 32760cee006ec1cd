import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { SaveButton } from '@/components/form/SaveButton';
import { TextField } from '@/components/form/TextField';
import { Button, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { UpdateProductMutation } from '../graphql/products';
import './product-details.css';

const MAX_SPECS = 30;

// The API's rules and words; fields named as its input (`specs.2.label`), so its refusals land beside them.
const specsSchema = z.object({
  specs: z
    .array(
      z.object({
        label: z.string().trim().min(1, 'Write a label of 1 to 40 characters').max(40, 'Write a label of 1 to 40 characters'),
        value: z.string().trim().min(1, 'Write a value of 1 to 200 characters').max(200, 'Write a value of 1 to 200 characters'),
      }),
    )
    .max(MAX_SPECS, `List at most ${MAX_SPECS} specs`)
    .superRefine((specs, context) => {
      const seen = new Set<string>();
      specs.forEach(({ label }, index) => {
        const key = label.toLocaleLowerCase('en');
        if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'label'], message: `"${label}" is listed already: give each label once` });
        seen.add(key);
      });
    }),
});

type Spec = { label: string; value: string };

/**
 * The product's spec sheet, as the product page shows it: label and value lines in order, added,
 * removed and moved up or down, saved together.
 */
export function SpecsForm({ productId, specs, onSaved }: { productId: string; specs: readonly Spec[]; onSaved: () => Promise<unknown> }) {
  const form = useForm({ resolver: zodResolver(specsSchema), defaultValues: { specs: specs.map(({ label, value }) => ({ label, value })) } });
  const lines = useFieldArray({ control: form.control, name: 'specs' });
  const save = useMutation({
    mutationFn: (input: z.output<typeof specsSchema>) => request(UpdateProductMutation, { id: productId, input }),
    onSuccess: async () => {
      toast.success('Specs saved');
      await onSaved();
    },
  });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label="Specs">
      <fieldset>
        <legend>Specs</legend>
        <p className="field-hint">Shown as a table on the product page, in this order, e.g. Frame: Aluminium 6061.</p>
        {lines.fields.length === 0 && <p className="muted">No specs yet.</p>}
        <ol className="spec-lines">
          {lines.fields.map((line, index) => (
            <li key={line.id} className="spec-line">
              <TextField label={`Label ${index + 1}`} {...form.register(`specs.${index}.label`)} error={fieldError(form, `specs.${index}.label`)} />
              <TextField label={`Value ${index + 1}`} {...form.register(`specs.${index}.value`)} error={fieldError(form, `specs.${index}.value`)} />
              <div className="spec-line-actions">
                <Button variant="ghost" size="sm" disabled={index === 0} onClick={() => lines.move(index, index - 1)} aria-label={`Move line ${index + 1} up`}>
                  ↑
                </Button>
                <Button variant="ghost" size="sm" disabled={index === lines.fields.length - 1} onClick={() => lines.move(index, index + 1)} aria-label={`Move line ${index + 1} down`}>
                  ↓
                </Button>
                <Button variant="ghost" size="sm" onClick={() => lines.remove(index)} aria-label={`Remove line ${index + 1}`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {fieldError(form, 'specs') && (
          <p className="field-error" role="alert">
            {fieldError(form, 'specs')}
          </p>
        )}
        <p>
          <Button variant="secondary" size="sm" disabled={lines.fields.length >= MAX_SPECS} onClick={() => lines.append({ label: '', value: '' })}>
            Add a line
          </Button>
        </p>
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Save specs" />
      </fieldset>
    </form>
  );
}

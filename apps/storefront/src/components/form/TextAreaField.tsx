import type { ComponentProps } from 'react';
import { Field, type FieldProps } from './Field';

/** A labelled textarea. Takes react-hook-form's `register(name)` props. */
export function TextAreaField({ label, hint, error, ...textarea }: FieldProps & ComponentProps<'textarea'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea rows={4} {...control} {...textarea} />}
    </Field>
  );
}

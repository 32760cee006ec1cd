import type { ComponentProps } from 'react';
import { Field, type FieldProps } from './Field';

/** A labelled input. Takes react-hook-form's `register(name)` props (ref included) like any input's. */
export function TextField({ label, hint, error, ...input }: FieldProps & ComponentProps<'input'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

import type { ComponentProps } from 'react';
import { Field, type FieldProps } from './Field';

/** A labelled select; its options are the children. Takes react-hook-form's `register(name)` props. */
export function SelectField({ label, hint, error, children, ...select }: FieldProps & ComponentProps<'select'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

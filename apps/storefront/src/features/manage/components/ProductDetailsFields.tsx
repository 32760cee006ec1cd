import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import type { ManageCategoriesQuery } from '@/gql/graphql';
import { fieldError } from '@/lib/forms';

/** What a form with a product's details holds (the new-product and edit forms both do). */
interface ProductDetailsValues extends FieldValues {
  name: string;
  description: string;
  categoryId: string;
}

/** A product's name, description and category, as the new-product and edit forms ask for them. */
export function ProductDetailsFields<T extends ProductDetailsValues>({ form, categories }: { form: UseFormReturn<T, unknown, unknown>; categories: ManageCategoriesQuery['categories'] }) {
  const field = (name: keyof ProductDetailsValues & string) => ({ ...form.register(name as Path<T>), error: fieldError(form, name as Path<T>) });
  return (
    <>
      <TextField label="Name" required {...field('name')} />
      <TextAreaField label="Description" {...field('description')} />
      <SelectField label="Category" {...field('categoryId')}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}

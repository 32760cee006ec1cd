import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '@/components/form/Field';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Button } from '@/components/ui';
import { fieldError, formError, requiredText, submitTo } from '@/lib/forms';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../upload-photo';

const photoSchema = z.object({
  file: z
    .custom<FileList>((files) => files instanceof FileList && files.length === 1, 'Choose a photo: JPEG, PNG or WebP')
    .refine((files) => PHOTO_TYPES.split(',').includes(files[0]?.type), 'Choose a JPEG, PNG or WebP photo')
    .refine((files) => (files[0]?.size ?? 0) <= MAX_PHOTO_BYTES, 'Photos can be up to 10 MB'),
  alt: requiredText('Describe the photo for people who cannot see it').max(200, 'Describe the photo in up to 200 characters'),
});

export type NewPhoto = { file: File; alt: string };

/**
 * A photo and its text alternative (required: said beside the field when missing), handed to `onAdd`
 * (which uploads it, or keeps it until the product exists). Cleared once added.
 */
export function ImageUploadForm({ productName, onAdd, submitLabel = 'Add photo' }: { productName: string; onAdd: (photo: NewPhoto) => Promise<unknown>; submitLabel?: string }) {
  const form = useForm({ resolver: zodResolver(photoSchema), defaultValues: { alt: '' } });
  const submit = submitTo(form, async ({ file, alt }) => {
    await onAdd({ file: file[0], alt });
    form.reset();
  });
  return (
    <form className="image-upload" onSubmit={submit} aria-label={`Add a photo of ${productName}`} noValidate>
      <Field label="Photo" hint="JPEG, PNG or WebP, up to 10 MB, at least 200 pixels wide" error={fieldError(form, 'file')}>
        {(control) => <input {...control} type="file" accept={PHOTO_TYPES} {...form.register('file')} />}
      </Field>
      <TextField
        label="Describe the photo"
        hint="What someone who cannot see it should know: “The bike from the side, in moss green”"
        maxLength={200}
        {...form.register('alt')}
        error={fieldError(form, 'alt')}
      />
      <FormError message={formError(form)} />
      <Button type="submit" variant="secondary" pending={form.formState.isSubmitting} pendingLabel="Uploading…">
        {submitLabel}
      </Button>
    </form>
  );
}

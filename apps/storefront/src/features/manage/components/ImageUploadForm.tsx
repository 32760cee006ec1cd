import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { fieldError, requiredText, submitTo } from '@/lib/forms';

const uploadSchema = z.object({
  file: z.custom<FileList>((files) => files instanceof FileList && files.length === 1, 'Choose a photo (JPEG, PNG or WebP, up to 5 MB)'),
  alt: requiredText('Describe the photo for people who cannot see it').max(200, 'Describe the photo in up to 200 characters'),
});

/** Uploads a product photo (JPEG, PNG or WebP, up to 5 MB) with its text alternative. */
export function ImageUploadForm({ productId, productName, onUploaded }: { productId: string; productName: string; onUploaded: () => void }) {
  const ids = { file: useId(), alt: useId() };
  const form = useForm({ resolver: zodResolver(uploadSchema), defaultValues: { alt: '' } });
  const submit = submitTo(form, async ({ file, alt }) => {
    const body = new FormData();
    body.set('alt', alt);
    body.set('file', file[0]);
    const response = await fetch(`/catalog/products/${productId}/images`, {
      method: 'POST',
      credentials: 'same-origin',
      // The API requires this header on uploads: a cross-site form cannot send it.
      headers: { 'x-flagship-upload': '1' },
      body,
    }).catch(() => null);
    if (!response?.ok) {
      const answer = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(answer?.error?.message ?? 'The upload did not work');
    }
    form.reset();
    onUploaded();
  });
  const error = fieldError(form, 'file') ?? fieldError(form, 'alt') ?? form.formState.errors.root?.api?.message;

  return (
    <form className="image-upload" onSubmit={submit} aria-label={`Add a photo of ${productName}`} noValidate>
      <div className="field">
        <label htmlFor={ids.file}>Photo</label>
        <input id={ids.file} type="file" accept="image/jpeg,image/png,image/webp" required aria-invalid={fieldError(form, 'file') ? true : undefined} {...form.register('file')} />
      </div>
      <div className="field">
        <label htmlFor={ids.alt}>Describe the photo</label>
        <input id={ids.alt} type="text" maxLength={200} required aria-invalid={fieldError(form, 'alt') ? true : undefined} {...form.register('alt')} />
      </div>
      <button type="submit" className="button-secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Uploading…' : 'Add photo'}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';

/** Uploads a product photo (JPEG, PNG or WebP, up to 5 MB) with its text alternative. */
export function ImageUploadForm({ productId, productName, onUploaded }: { productId: string; productName: string; onUploaded: () => void }) {
  const ids = { file: useId(), alt: useId() };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    const response = await fetch(`/catalog/products/${productId}/images`, {
      method: 'POST',
      credentials: 'same-origin',
      // The API requires this header on uploads: a cross-site form cannot send it.
      headers: { 'x-flagship-upload': '1' },
      body: new FormData(form),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      form.reset();
      onUploaded();
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(body?.error?.message ?? 'The upload did not work');
  };

  return (
    <form className="image-upload" onSubmit={submit} aria-label={`Add a photo of ${productName}`}>
      <div className="field">
        <label htmlFor={ids.file}>Photo</label>
        <input id={ids.file} name="file" type="file" accept="image/jpeg,image/png,image/webp" required />
      </div>
      <div className="field">
        <label htmlFor={ids.alt}>Describe the photo</label>
        <input id={ids.alt} name="alt" type="text" maxLength={200} required />
      </div>
      <button type="submit" className="button-secondary" disabled={busy}>
        {busy ? 'Uploading…' : 'Add photo'}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

import { useId, useRef, useState } from 'react';
import { Button, Thumbnail } from '@/components/ui';
import { ApiError } from '@/lib/graphql-client';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, uploadImage, type UploadedImage } from '@/lib/upload';
import './photo-picker.css';

export interface PhotoPickerProps {
  /** The photos chosen so far, in order (the first is the cover). */
  value: UploadedImage[];
  onChange: (photos: UploadedImage[]) => void;
  /** At most this many (the API's limit). */
  max?: number;
  label?: string;
  /** An error for the whole list, from the form (e.g. the API refusing `photoIds`). */
  error?: string;
}

/**
 * Photos for something a member writes (a build, a guide step, a route): each is uploaded as soon as
 * it is added, with its text alternative (required), then shown as a thumbnail that can be moved or
 * removed. The form sends the ids (`photoIds`). Not a <form> of its own, so it sits inside one.
 */
export function PhotoPicker({ value, onChange, max = 20, label = 'Photos', error }: PhotoPickerProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<{ field: 'file' | 'alt'; message: string } | null>(null);
  const [uploading, setUploading] = useState(false);

  const add = async () => {
    if (!file) return setProblem({ field: 'file', message: 'Choose a photo: JPEG, PNG or WebP' });
    if (!PHOTO_TYPES.split(',').includes(file.type)) return setProblem({ field: 'file', message: 'Choose a JPEG, PNG or WebP photo' });
    if (file.size > MAX_PHOTO_BYTES) return setProblem({ field: 'file', message: 'Photos can be up to 10 MB' });
    if (!alt.trim()) return setProblem({ field: 'alt', message: 'Describe the photo for people who cannot see it' });
    setUploading(true);
    setProblem(null);
    try {
      const uploaded = await uploadImage(file, alt.trim());
      onChange([...value, uploaded]);
      setFile(null);
      setAlt('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (caught) {
      const field = caught instanceof ApiError && caught.field === 'alt' ? 'alt' : 'file';
      setProblem({ field, message: caught instanceof Error ? caught.message : 'The upload did not work. Try again.' });
    } finally {
      setUploading(false);
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };

  return (
    <fieldset className="photo-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {value.length > 0 && (
        <ol className="photo-picker-list">
          {value.map((photo, index) => (
            <li key={photo.id} className="photo-picker-item">
              <Thumbnail image={photo} size="5rem" />
              <div className="photo-picker-meta">
                <span className="photo-picker-alt">{photo.alt}</span>
                {index === 0 && <span className="photo-picker-cover">Cover photo</span>}
              </div>
              <div className="photo-picker-actions">
                <Button type="button" size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move “${photo.alt}” earlier`}>
                  ↑
                </Button>
                <Button type="button" size="sm" variant="ghost" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={`Move “${photo.alt}” later`}>
                  ↓
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => onChange(value.filter((p) => p.id !== photo.id))} aria-label={`Remove “${photo.alt}”`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {value.length < max ? (
        <div className="photo-picker-add">
          <div className="field">
            <label htmlFor={`${id}-file`}>Add a photo</label>
            <p id={`${id}-file-hint`} className="field-hint">
              JPEG, PNG or WebP, up to 10 MB, at least 200 pixels wide
            </p>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept={PHOTO_TYPES}
              aria-describedby={problem?.field === 'file' ? `${id}-file-hint ${id}-problem` : `${id}-file-hint`}
              aria-invalid={problem?.field === 'file' || undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-alt`}>Describe the photo</label>
            <input
              id={`${id}-alt`}
              type="text"
              maxLength={200}
              value={alt}
              aria-describedby={problem?.field === 'alt' ? `${id}-problem` : undefined}
              aria-invalid={problem?.field === 'alt' || undefined}
              onChange={(event) => setAlt(event.target.value)}
            />
          </div>
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem.message}
            </p>
          )}
          <Button type="button" variant="secondary" pending={uploading} pendingLabel="Uploading…" onClick={add}>
            Add photo
          </Button>
        </div>
      ) : (
        <p className="field-hint">That is the most photos one post can have ({max}).</p>
      )}
    </fieldset>
  );
}

import { useId, useRef, useState } from 'react';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { Button, ConfirmDialog, toast } from '@/components/ui';
import { ApiError } from '@/lib/graphql-client';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '@/lib/upload';
import { useRemoveAvatar, useSetAvatar } from '../hooks/use-profiles';

/**
 * The member's picture: choosing a file uploads it at once (the API cuts it to the centred square and
 * drops its metadata); remove goes back to initials. Shown beside their name everywhere.
 */
export function AvatarEditor({ name, url }: { name: string; url: string | null | undefined }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const setAvatar = useSetAvatar();
  const removeAvatar = useRemoveAvatar();
  const [problem, setProblem] = useState<string | null>(null);

  async function upload(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_PHOTO_BYTES) {
      setProblem('Choose an image of up to 10 MB');
    } else {
      try {
        await setAvatar.mutateAsync(file);
        toast.success('Picture updated');
      } catch (error) {
        setProblem(error instanceof ApiError ? error.message : 'The upload did not work. Try again.');
      }
    }
    // The same file can be chosen again after a refusal.
    if (input.current) input.current.value = '';
  }

  async function remove() {
    await removeAvatar.mutateAsync();
    toast.success('Picture removed');
  }

  return (
    <div className="avatar-editor">
      <MemberAvatar name={name} url={url} />
      <div className="avatar-editor-controls">
        <p className="avatar-editor-label" id={`${id}-label`}>
          Profile picture
        </p>
        <p className="field-hint" id={`${id}-hint`}>
          JPEG, PNG or WebP, at least 200 × 200 pixels. We crop it to a square and remove the photo’s location and camera details.
        </p>
        <div className="avatar-editor-actions">
          <input
            ref={input}
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept={PHOTO_TYPES}
            aria-labelledby={`${id}-label`}
            aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => void upload(event.target.files?.[0])}
          />
          <Button type="button" variant="secondary" size="sm" pending={setAvatar.isPending} pendingLabel="Uploading…" onClick={() => input.current?.click()}>
            {url ? 'Change picture' : 'Upload a picture'}
          </Button>
          {url && (
            <ConfirmDialog
              title="Remove your picture?"
              description="Your initials show in its place until you upload another."
              confirmLabel="Remove picture"
              pendingLabel="Removing…"
              tone="danger"
              onConfirm={remove}
              trigger={
                <Button type="button" variant="ghost" size="sm">
                  Remove
                </Button>
              }
            />
          )}
        </div>
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { MemberName } from '@/components/member/MemberName';
import { Button, ResponsiveImage, toast } from '@/components/ui';
import type { GuideQuery } from '@/gql/graphql';
import { ApiError } from '@/lib/graphql-client';
import { useViewer } from '@/lib/session/session';
import type { UploadedImage } from '@/lib/upload';
import { useMarkGuideMade } from '../hooks/use-guides';

type Guide = NonNullable<GuideQuery['contribution']>;
type Details = NonNullable<Guide['guide']>;

const NOTE_MAX = 1000;

/** "I made this": the gallery of riders' results, and the form to add one's own (one photo, a note). */
export function MadeThis({ guide, details }: { guide: Guide; details: Details }) {
  const { viewer } = useViewer();
  const location = useLocation();
  const isAuthor = viewer?.id === guide.author.id;
  const open = guide.status === 'PUBLISHED';
  return (
    <section className="guide-made" aria-labelledby="guide-made-title">
      <div className="guide-made-header">
        <h2 id="guide-made-title">I made this</h2>
        <p className="muted">
          {details.completionCount === 0
            ? 'Nobody has posted their result yet. Be the first.'
            : `${details.completionCount} ${details.completionCount === 1 ? 'rider has' : 'riders have'} followed this guide.`}
        </p>
      </div>
      {details.completions.length > 0 && (
        <ul className="guide-made-gallery">
          {details.completions.map((completion) => (
            <li key={completion.id} className="guide-made-card">
              <ResponsiveImage image={completion.photo} sizes="(min-width: 64rem) 18rem, (min-width: 40rem) 45vw, 100vw" aspectRatio="4 / 3" />
              <div className="guide-made-card-body">
                <MemberName member={completion.member} />
                <MarkdownBody html={completion.noteHtml} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {open && !viewer && (
        <p>
          <Link to={`/log-in?next=${encodeURIComponent(location.pathname)}`}>Log in</Link> to show what you made.
        </p>
      )}
      {open && viewer && !isAuthor && <MadeThisForm guideId={guide.id} again={details.viewerMadeIt} />}
    </section>
  );
}

function MadeThisForm({ guideId, again }: { guideId: string; again: boolean }) {
  const mark = useMarkGuideMade(guideId);
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (photos.length === 0) return setProblem({ field: 'photoId', message: 'Add a photo of what you made' });
    setProblem(null);
    try {
      await mark.mutateAsync({ photoId: photos[0].id, note: note.trim() || undefined });
      setPhotos([]);
      setNote('');
      toast.success(again ? 'Your post is updated' : 'Thanks for sharing what you made');
    } catch (error) {
      setProblem({ field: error instanceof ApiError ? error.field : undefined, message: error instanceof Error ? error.message : 'That did not work. Try again.' });
    }
  };

  return (
    <form className="guide-made-form" onSubmit={submit} noValidate aria-labelledby="guide-made-form-title">
      <h3 id="guide-made-form-title">{again ? 'You made this: replace your photo' : 'Made it? Show it'}</h3>
      <PhotoPicker value={photos} onChange={setPhotos} max={1} label="Your photo" error={problem?.field === 'photoId' ? problem.message : undefined} />
      <TextAreaField
        label="A note (optional)"
        rows={3}
        maxLength={NOTE_MAX}
        hint="How did it go? Markdown works: **bold**, *italic*, lists."
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={problem?.field === 'note' ? problem.message : undefined}
      />
      <FormError message={problem && problem.field !== 'photoId' && problem.field !== 'note' ? problem.message : undefined} />
      <Button type="submit" pending={mark.isPending} pendingLabel="Posting…">
        {again ? 'Update my post' : 'Post “I made this”'}
      </Button>
    </form>
  );
}

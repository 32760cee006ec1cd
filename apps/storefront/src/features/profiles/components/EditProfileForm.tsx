import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../auth/components/FormError';
import { TextField } from '../../auth/components/TextField';
import { formErrors } from '../../auth/components/form-errors';
import { useMyProfile, useUpdateProfile } from '../hooks/use-profiles';
import { BadgeList } from './BadgeList';

const BIO_MAX = 280;

type Profile = NonNullable<NonNullable<ReturnType<typeof useMyProfile>['data']>['me']>['member'];

/** The signed-in member edits what others see of them: display name and bio. Badges are the platform's. */
export function EditProfileForm() {
  const member = useMyProfile().data?.me?.member;
  // Mounted once the profile is loaded, so the fields start from it.
  return member ? <ProfileFields key={member.id} member={member} /> : null;
}

function ProfileFields({ member }: { member: Profile }) {
  const update = useUpdateProfile();
  const [displayName, setDisplayName] = useState(member.displayName);
  const [bio, setBio] = useState(member.bio ?? '');
  const [saved, setSaved] = useState(false);
  const bioId = useId();
  const errors = formErrors(update.error);
  const fieldError = (field: string) => (errors.field === field ? errors.fieldMessage : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate({ displayName, bio }, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="profile-editor" aria-labelledby="profile-editor-title">
      <h2 id="profile-editor-title">Your public profile</h2>
      <p className="muted">
        Everyone sees your display name, bio and badges on <Link to={`/members/${member.id}`}>your profile</Link> and next to your reviews. Your email stays private.
      </p>
      {member.badges.length > 0 && (
        <p>
          Your badges: <BadgeList badges={member.badges} />
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <FormError message={errors.formMessage} />
        <TextField label="Display name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={60} required error={fieldError('displayName')} />
        <div className="field">
          <label htmlFor={bioId}>Bio</label>
          <p id={`${bioId}-hint`} className="field-hint">
            A few words about you and your riding ({bio.length} of {BIO_MAX} characters).
          </p>
          <textarea
            id={bioId}
            rows={3}
            value={bio}
            maxLength={BIO_MAX}
            onChange={(e) => setBio(e.target.value)}
            aria-invalid={fieldError('bio') ? true : undefined}
            aria-describedby={[`${bioId}-hint`, fieldError('bio') ? `${bioId}-error` : ''].filter(Boolean).join(' ')}
          />
          {fieldError('bio') && (
            <p id={`${bioId}-error`} className="field-error" role="alert">
              {fieldError('bio')}
            </p>
          )}
        </div>
        <div className="save-row">
          <button type="submit" className="button-primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save profile'}
          </button>
          <p role="status" className="muted">
            {saved && !update.isPending ? 'Profile saved.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

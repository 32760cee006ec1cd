import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { SaveButton } from '@/components/form/SaveButton';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { BadgeList } from '@/components/member/BadgeList';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { useMyProfile, useUpdateProfile } from '../hooks/use-profiles';
import { AvatarEditor } from './AvatarEditor';
import '../profiles.css';

const BIO_MAX = 280;

// The API checks the same; its refusals show beside the field too.
const profileSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name of up to 60 characters').max(60, 'Enter a display name of up to 60 characters'),
  bio: z.string().trim().max(BIO_MAX, `Keep your bio to ${BIO_MAX} characters`),
});

type Profile = NonNullable<NonNullable<ReturnType<typeof useMyProfile>['data']>['me']>['member'];

/** The signed-in member edits what others see of them: picture, display name and bio. Badges are the platform's. */
export function EditProfileForm() {
  const member = useMyProfile().data?.me?.member;
  // Mounted once the profile is loaded, so the fields start from it.
  return member ? <ProfileFields key={member.id} member={member} /> : null;
}

function ProfileFields({ member }: { member: Profile }) {
  const update = useUpdateProfile();
  const form = useForm({ resolver: zodResolver(profileSchema), defaultValues: { displayName: member.displayName, bio: member.bio ?? '' } });
  const submit = submitTo(form, (input) => update.mutateAsync(input));
  const bioLength = useWatch({ control: form.control, name: 'bio' }).length;

  return (
    <section className="profile-editor" aria-labelledby="profile-editor-title">
      <h2 id="profile-editor-title">Your public profile</h2>
      <p className="muted">
        Everyone sees your picture, display name, bio and badges on <Link to={`/members/${member.id}`}>your profile</Link> and next to your reviews. Your email stays private.
      </p>
      {member.badges.length > 0 && (
        <p>
          Your badges: <BadgeList badges={member.badges} />
        </p>
      )}
      <AvatarEditor name={member.displayName} url={member.avatarUrl} />
      <form onSubmit={submit} noValidate>
        <TextField label="Display name" autoComplete="nickname" maxLength={60} required {...form.register('displayName')} error={fieldError(form, 'displayName')} />
        <TextAreaField
          label="Bio"
          rows={3}
          maxLength={BIO_MAX}
          hint={`A few words about you and your riding (${bioLength} of ${BIO_MAX} characters). Markdown works: **bold**, _italic_, [a link](https://…).`}
          {...form.register('bio')}
          error={fieldError(form, 'bio')}
        />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label={form.formState.isSubmitting ? 'Saving…' : 'Save profile'} savedText="Profile saved." />
      </form>
    </section>
  );
}

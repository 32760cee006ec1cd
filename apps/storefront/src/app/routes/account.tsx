import { AccountPage } from '@/features/account/components/AccountPage';
import { EditProfileForm } from '@/features/profiles/components/EditProfileForm';
import { MyOrganisations } from '@/features/profiles/components/MyOrganisations';

/** The member's account, with the organisations they belong to and the editor of their public profile. */
export function Component() {
  return (
    <AccountPage>
      <MyOrganisations />
      <EditProfileForm />
    </AccountPage>
  );
}

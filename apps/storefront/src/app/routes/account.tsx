import { AccountPage } from '@/features/account/components/AccountPage';
import { AddressBook } from '@/features/addresses/components/AddressBook';
import { EditProfileForm } from '@/features/profiles/components/EditProfileForm';
import { MyOrganisations } from '@/features/profiles/components/MyOrganisations';

/** The member's account, with the organisations they belong to, the editor of their public profile and their address book. */
export function Component() {
  return (
    <AccountPage>
      <MyOrganisations />
      <EditProfileForm />
      <AddressBook />
    </AccountPage>
  );
}

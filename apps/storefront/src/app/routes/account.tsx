import { AccountPage } from '@/features/account/components/AccountPage';
import { AddressBook } from '@/features/addresses/components/AddressBook';
import { EditProfileForm } from '@/features/profiles/components/EditProfileForm';
import { MyOrganisations } from '@/features/profiles/components/MyOrganisations';
import { RoutePrivacyCard } from '@/features/routes/components/RoutePrivacyCard';

/** The member's account, with the organisations they belong to, the editor of their public profile, their address book and their route privacy. */
export function Component() {
  return (
    <AccountPage>
      <MyOrganisations />
      <EditProfileForm />
      <AddressBook />
      <RoutePrivacyCard />
    </AccountPage>
  );
}

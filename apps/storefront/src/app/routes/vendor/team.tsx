export { VendorTeamPage as Component } from '@/features/vendors/components/VendorTeamPage';

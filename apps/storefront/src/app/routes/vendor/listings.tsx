export { VendorListingsPage as Component } from '@/features/listings/components/VendorListingsPage';

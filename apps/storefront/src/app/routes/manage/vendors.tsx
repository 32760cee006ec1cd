export { ManageVendors as Component } from '@/features/vendors/components/ManageVendors';

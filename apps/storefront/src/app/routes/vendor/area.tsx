export { VendorArea as Component } from '@/app/layout/VendorArea';

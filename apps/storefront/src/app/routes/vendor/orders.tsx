export { VendorOrdersPage as Component } from '@/features/order-parts/components/VendorOrdersPage';

export { ManageOrderPage as Component } from '@/features/orders/components/ManageOrderPage';

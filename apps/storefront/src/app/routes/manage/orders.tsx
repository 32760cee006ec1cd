export { ManageOrdersPage as Component } from '@/features/orders/components/ManageOrdersPage';

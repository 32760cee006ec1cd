export { MyOrdersPage as Component } from '@/features/orders/components/MyOrdersPage';

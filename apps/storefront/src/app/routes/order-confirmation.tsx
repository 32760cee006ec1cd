export { OrderConfirmationPage as Component } from '@/features/orders/components/OrderConfirmationPage';

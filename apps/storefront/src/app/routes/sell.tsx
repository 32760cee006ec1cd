export { SellPage as Component } from '@/features/vendors/components/SellPage';

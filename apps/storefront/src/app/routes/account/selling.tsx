export { SellingPage as Component } from '@/features/resale/components/SellingPage';

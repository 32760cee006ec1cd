export { MarketplaceSettingsPage as Component } from '@/features/order-parts/components/MarketplaceSettingsPage';

export { MarketplaceSummaryPage as Component } from '@/features/vendor-dashboard/components/MarketplaceSummaryPage';

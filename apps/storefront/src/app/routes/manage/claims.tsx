export { ClaimsQueue as Component } from '@/features/resale/components/ClaimsQueue';

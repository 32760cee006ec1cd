export { ExpertsPage as Component } from '@/features/advice/components/ExpertsPage';

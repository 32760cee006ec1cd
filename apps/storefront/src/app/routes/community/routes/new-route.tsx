export { NewRoutePage as Component } from '@/features/routes/components/NewRoutePage';

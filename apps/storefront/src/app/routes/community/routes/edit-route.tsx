export { EditRoutePage as Component } from '@/features/routes/components/EditRoutePage';

export { HomePage as Component } from '@/features/catalog/components/HomePage';

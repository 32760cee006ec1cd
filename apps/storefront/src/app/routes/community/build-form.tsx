export { BuildFormPage as Component } from '@/features/builds/components/BuildForm';

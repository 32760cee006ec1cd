import { STOREFRONT_LOCALE } from '@/lib/locale';

export const formatDay = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric' });
export const formatMoment = (iso: string) => new Date(iso).toLocaleString(STOREFRONT_LOCALE, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

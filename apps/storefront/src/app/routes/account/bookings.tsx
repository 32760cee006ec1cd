export { MyBookingsPage as Component } from '@/features/bookings/components/MyBookingsPage';

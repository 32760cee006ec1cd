export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');
export const STRIPE_SETTINGS = Symbol('STRIPE_SETTINGS');

import { listingRoute } from './listing';

/** The community home: every kind, Latest / Trending / Following, rendered on the server. */
export const { Component, handle } = listingRoute(null);

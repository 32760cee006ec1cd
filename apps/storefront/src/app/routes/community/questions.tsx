import { listingRoute } from './listing';

/** The community's questions: the feed of one kind, rendered on the server with its first page. */
export const { Component, handle } = listingRoute('QUESTION');

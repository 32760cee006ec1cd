import { defineEvents, z } from '@flagship/events';

/** Events of routes (the "ride logged"); publishing is contribution.published. */
export const RouteEvents = defineEvents('route', {
  rideLogged: {
    name: 'route.ride_logged',
    version: 1,
    recordedWhen: 'a member logs a ride of a route with their time (it feeds the route’s leaderboard)',
    actor: 'the rider',
    subject: 'route (contribution)',
    payload: { durationS: z.number().int().positive(), personalBest: z.boolean() },
  },
});

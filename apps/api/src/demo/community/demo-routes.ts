import type { AccountService, SessionService } from '@flagship/accounts';
import { sampleGpx, type RouteService } from '@flagship/community';
import type { MediaAssetService, ProcessedImage } from '@flagship/media';
import { DEMO_ROUTE_PINS } from './route-images';

/** Where the demo riders ride: the hills east of Freiburg im Breisgau (a made-up brand, real hills). */
const DEMO_ROUTES = [
  {
    author: 'ana@riders.example',
    title: 'Ridgeline sunrise loop',
    body: 'My before-work loop: **two short climbs**, a fast gravel descent and coffee at the end.\n\nStart early: the ridge is busiest after nine.',
    tags: ['gravel', 'loop', 'climbs'],
    gpx: { start: { lat: 47.9959, lng: 7.8522 }, points: 520, stepM: 40, segments: 2, hills: 2, hillHeightM: 180, noiseM: 4, headingDeg: 60, seed: 11 },
    rides: [
      { rider: 'ben@riders.example', durationS: 3 * 3600 + 12 * 60, daysAgo: 20 },
      { rider: 'chloe@riders.example', durationS: 3 * 3600 + 41 * 60, daysAgo: 12 },
      { rider: 'ben@riders.example', durationS: 2 * 3600 + 58 * 60, daysAgo: 4 },
    ],
  },
  {
    author: 'ben@riders.example',
    title: 'Three cols of the Black Forest',
    body: 'A long day out with **three proper climbs**. Bring two bottles; the second col has a fountain at the top.',
    tags: ['road', 'climbs', 'epic'],
    gpx: { start: { lat: 47.9105, lng: 7.9012 }, points: 900, stepM: 45, segments: 3, hills: 3, hillHeightM: 420, noiseM: 5, headingDeg: 120, seed: 23 },
    rides: [
      { rider: 'ana@riders.example', durationS: 5 * 3600 + 50 * 60, daysAgo: 30 },
      { rider: 'chloe@riders.example', durationS: 6 * 3600 + 25 * 60, daysAgo: 9 },
    ],
  },
  {
    author: 'chloe@riders.example',
    title: 'Rhine meadows easy tour',
    body: 'Flat, quiet farm roads along the Rhine meadows: a good first tour, or a recovery day.',
    tags: ['touring', 'easy', 'family'],
    gpx: { start: { lat: 48.0489, lng: 7.6021 }, points: 480, stepM: 50, segments: 1, hills: 1, hillHeightM: 25, noiseM: 4, headingDeg: 0, seed: 37 },
    rides: [
      { rider: 'ana@riders.example', durationS: 1 * 3600 + 35 * 60, daysAgo: 15 },
      { rider: 'ben@riders.example', durationS: 1 * 3600 + 22 * 60, daysAgo: 6 },
    ],
  },
];

/**
 * The demo's routes (generated GPX: hills, several segments, GPS-like noise), rides by the other riders
 * a privacy zone around Ana's home and photos pinned along her loop (one inside that zone), through the
 * routes' own services. Adds only what is missing.
 */
export async function seedDemoRoutes(
  routes: RouteService,
  accounts: AccountService,
  sessions: SessionService,
  pictures: { media: MediaAssetService; render: (svg: string) => Promise<ProcessedImage> },
): Promise<void> {
  const viewerOf = async (email: string) => sessions.viewerOf((await accounts.findByEmail(email))!.id);
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const demo of DEMO_ROUTES) {
    const author = await viewerOf(demo.author);
    if (await routes.hasRouteTitled(author.accountId, demo.title)) continue;
    if (demo.author === 'ana@riders.example' && (await routes.privacyZones(author)).length === 0) {
      // Ana's home is where her loop starts: others never see her leave it.
      await routes.addPrivacyZone(author, { lat: demo.gpx.start.lat, lng: demo.gpx.start.lng, radiusM: 300 });
    }
    const file = Buffer.from(sampleGpx({ ...demo.gpx, name: demo.title }));
    const route = await routes.createFromFile(author, `${demo.title}.gpx`, file, { title: demo.title, body: demo.body, tags: demo.tags, publish: true });
    for (const pin of DEMO_ROUTE_PINS[demo.title] ?? []) {
      const photo = await pictures.media.create(author.accountId, await pictures.render(pin.image.draw()), pin.image.alt);
      await routes.pinPhoto(author, { routeId: route.id, photoId: photo.id, distanceM: pin.distanceM, caption: pin.caption });
    }
    for (const ride of demo.rides) {
      await routes.logRide(await viewerOf(ride.rider), { routeId: route.id, durationS: ride.durationS, riddenOn: day(ride.daysAgo) });
    }
  }
}

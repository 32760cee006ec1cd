import { sampleGpx, sampleTrack } from '@flagship/community';
import { firstError, GraphQLTestClient } from '@flagship/testing';
import { DEMO_PASSWORD } from '../../src/demo/ridgeline-cycles';
import { postUpload, testPhoto } from '../support/images';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/** Haversine metres (the test's own, independent of the engine). */
function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function decode(encoded: string): { lat: number; lng: number }[] {
  const points: { lat: number; lng: number }[] = [];
  let index = 0;
  let lat = 0;
  let lng = 0;
  const next = () => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = encoded.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (index < encoded.length) {
    lat += next();
    lng += next();
    points.push({ lat: lat / 1e5, lng: lng / 1e5 });
  }
  return points;
}

const RIDE = { start: { lat: 47.3769, lng: 8.5417 }, points: 600, stepM: 25, segments: 2, hills: 3, noiseM: 3, seed: 11, name: 'Sihltal loop' };
const PIN = `mutation($input: PinRoutePhotoInput!) { pinRoutePhoto(input: $input) { id } }`;
const UNPIN = `mutation($routeId: ID!, $photoId: ID!) { unpinRoutePhoto(routeId: $routeId, photoId: $photoId) { id } }`;

type Pin = { id: string; caption: string | null; distanceM: number; point: { lat: number; lng: number }; photo: { url: string; alt: string } };

describe('photos pinned to points of a route', () => {
  let env: TestEnvironment;
  let author: GraphQLTestClient;
  let other: GraphQLTestClient;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [author, other] = await createShoppers(env, 2, []);
  });
  afterAll(() => env.close());

  const upload = async (client: GraphQLTestClient, alt: string) => {
    const response = await postUpload(env, client, '/uploads/images', await testPhoto(400, 300), { alt });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const routeAs = async (client: GraphQLTestClient, id: string) =>
    (
      await client.data<{ contribution: { route: { polylines: string[]; photoPins: Pin[] } } }>(
        `query($id: ID!) { contribution(id: $id) { route { polylines photoPins { id caption distanceM point { lat lng } photo { url alt } } } } }`,
        { id },
      )
    ).contribution.route;

  const segments = sampleTrack(RIDE);
  const truePoints = segments.flat();
  /** Metres along the track to each true point (gaps between segments not counted). */
  const along: number[] = [];
  segments.forEach((segment) => segment.forEach((p, i) => along.push(i === 0 ? (along.at(-1) ?? 0) : along.at(-1)! + metres(segment[i - 1], p))));

  it('serves a pin inside a privacy zone to its author only, and only the author pins their own uploads', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(Buffer.from(sampleGpx(RIDE)))]), 'ride.gpx');
    const response = await fetch(`${env.baseUrl}/uploads/gpx`, { method: 'POST', body: form, headers: { 'x-flagship-upload': '1', cookie: author.sessionCookie! } });
    expect(response.status).toBe(201);
    const { id: importId } = (await response.json()) as { id: string };
    const { createRoute } = await author.data<{ createRoute: { id: string } }>(`mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, {
      input: { importId, title: 'Sihltal loop', body: 'Along the river.', publish: true },
    });
    const routeId = createRoute.id;

    // A privacy zone around the middle of the track: its true centre is always hidden from others.
    const middle = 300;
    await author.data(`mutation($input: AddPrivacyZoneInput!) { addPrivacyZone(input: $input) { id } }`, {
      input: { lat: truePoints[middle].lat, lng: truePoints[middle].lng, radiusM: 300 },
    });

    // A point others are served: the middle of the longest part they see.
    const served = (await routeAs(other, routeId)).polylines.map(decode).sort((a, b) => b.length - a.length)[0];
    const shown = served[Math.floor(served.length / 2)];
    const visible = truePoints.reduce((best, p, i) => (metres(p, shown) < metres(truePoints[best], shown) ? i : best), 0);

    const hiddenPhoto = await upload(author, 'Our garden gate');
    const visiblePhoto = await upload(author, 'The river crossing');
    await author.data(PIN, { input: { routeId, photoId: hiddenPhoto, distanceM: along[middle], caption: 'Home' } });
    await author.data(PIN, { input: { routeId, photoId: visiblePhoto, distanceM: along[visible], caption: 'Cold water!' } });

    // The author sees both, in order along the track, on the track points asked for.
    const own = (await routeAs(author, routeId)).photoPins;
    expect(own.map((pin) => pin.caption).sort()).toEqual(['Cold water!', 'Home']);
    const home = own.find((pin) => pin.caption === 'Home')!;
    expect(metres(home.point, truePoints[middle])).toBeLessThan(30);
    expect(Math.abs(home.distanceM - along[middle])).toBeLessThan(30);
    expect(home.photo.alt).toBe('Our garden gate');

    // Another member and a visitor get only the pin on what they are served; the other's place is not sent.
    for (const client of [other, env.visitor()]) {
      const route = await routeAs(client, routeId);
      expect(route.photoPins.map((pin) => pin.caption)).toEqual(['Cold water!']);
      const [pin] = route.photoPins;
      expect(metres(pin.point, truePoints[visible])).toBeLessThan(30);
      expect(route.polylines.flatMap(decode).some((p) => metres(p, pin.point) < 5)).toBe(true);
      expect(JSON.stringify(route)).not.toContain('garden gate');
    }

    // Another member cannot pin to it, not even their own upload; nor can the author use someone else's.
    const othersPhoto = await upload(other, 'Not yours');
    expect(firstError(await other.request(PIN, { input: { routeId, photoId: othersPhoto, distanceM: along[visible] } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await other.request(UNPIN, { routeId, photoId: visiblePhoto }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await author.request(PIN, { input: { routeId, photoId: othersPhoto, distanceM: along[visible] } }))).toMatchObject({ field: 'photoId' });
    expect(firstError(await env.visitor().request(PIN, { input: { routeId, photoId: visiblePhoto, distanceM: 0 } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await routeAs(author, routeId)).photoPins).toHaveLength(2);

    // Pinning the same photo again moves it; the author unpins.
    await author.data(PIN, { input: { routeId, photoId: visiblePhoto, distanceM: along[visible] + 250, caption: 'Moved' } });
    expect((await routeAs(author, routeId)).photoPins.map((pin) => pin.caption).sort()).toEqual(['Home', 'Moved']);
    await author.data(UNPIN, { routeId, photoId: hiddenPhoto });
    expect((await routeAs(author, routeId)).photoPins.map((pin) => pin.caption)).toEqual(['Moved']);
    expect(firstError(await author.request(UNPIN, { routeId, photoId: hiddenPhoto }))).toMatchObject({ field: 'photoId' });
  });

  it('seeds the demo with photos along Ana’s loop, the one at her home shown to her only', async () => {
    const [{ id }] = await env.dataSource.query(`SELECT id FROM contribution WHERE kind = 'ROUTE' AND title = 'Ridgeline sunrise loop'`);
    const ana = new GraphQLTestClient(env.baseUrl);
    await ana.data(`mutation($input: LogInInput!) { logIn(input: $input) { account { id } } }`, { input: { email: 'ana@riders.example', password: DEMO_PASSWORD } });
    expect((await routeAs(ana, id)).photoPins.map((pin) => pin.caption)).toEqual(['Rolling out at dawn', 'Top of the first climb: the view over the valley']);
    expect((await routeAs(env.visitor(), id)).photoPins.map((pin) => pin.caption)).toEqual(['Top of the first climb: the view over the valley']);
  });
});

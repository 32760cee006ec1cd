import { RouteImportService, sampleGpx, sampleTrack } from '@flagship/community';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
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

const HOME = { lat: 47.3769, lng: 8.5417 };
const RIDE = { start: HOME, points: 600, stepM: 25, segments: 2, hills: 3, noiseM: 3, seed: 7, name: 'Üetliberg loop' };

const ROUTE_FIELDS = `id title status author { displayName } route {
  distanceM elevationGainM pointCount source polylines start { lat lng } bounds { minLat minLng maxLat maxLng }
  elevationProfile { distanceM ele } viewerSeesWholeTrack gpxUrl
  leaderboard { rank durationS riddenOn rides member { displayName } } }`;

type Served = {
  polylines: string[];
  start: { lat: number; lng: number } | null;
  bounds: { minLat: number; minLng: number; maxLat: number; maxLng: number } | null;
  elevationProfile: { distanceM: number; ele: number }[];
  distanceM: number;
  elevationGainM: number | null;
  pointCount: number;
  viewerSeesWholeTrack: boolean;
  gpxUrl: string;
  leaderboard: { rank: number; durationS: number; riddenOn: string; rides: number; member: { displayName: string } }[];
};

describe('routes', () => {
  let env: TestEnvironment;
  let author: GraphQLTestClient;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [author] = await createShoppers(env, 1, []);
  });
  afterAll(() => env.close());

  const uploadGpx = (client: GraphQLTestClient, content: string | Buffer, name = 'ride.gpx') => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(Buffer.from(content))]), name);
    return fetch(`${env.baseUrl}/uploads/gpx`, { method: 'POST', body: form, headers: { 'x-flagship-upload': '1', ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}) } });
  };
  const importOf = async (client: GraphQLTestClient, content: string | Buffer) => {
    const response = await uploadGpx(client, content);
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; status: string; progress: number; distanceM: number | null };
  };
  const createRoute = async (client: GraphQLTestClient, importId: string, title = 'Üetliberg loop') =>
    (await client.data<{ createRoute: { id: string } }>(`mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, { input: { importId, title, body: 'Gravel, two climbs.', tags: ['gravel'], publish: true } })).createRoute.id;
  const routeAs = async (client: GraphQLTestClient, id: string) =>
    (await client.data<{ contribution: { route: Served } }>(`query($id: ID!) { contribution(id: $id) { ${ROUTE_FIELDS} } }`, { id })).contribution.route;
  const servedPoints = (route: Served) => route.polylines.flatMap(decode);

  let routeId: string;
  const truePoints = sampleTrack(RIDE).flat();

  it('reads a small GPX file during the upload and makes a published route of it', async () => {
    const upload = await importOf(author, sampleGpx(RIDE));
    expect(upload).toMatchObject({ status: 'DONE', progress: 100 });
    // 600 points 25 m apart (plus noise): about 15 km.
    expect(upload.distanceM).toBeGreaterThan(14_000);
    expect(upload.distanceM).toBeLessThan(18_000);
    routeId = await createRoute(author, upload.id);

    const route = await routeAs(author, routeId);
    expect(route).toMatchObject({ pointCount: 600, viewerSeesWholeTrack: true, gpxUrl: `/community/routes/${routeId}/gpx` });
    expect(route.elevationGainM).toBeGreaterThan(100);
    expect(route.elevationProfile.length).toBeGreaterThan(20);
    expect(route.polylines).toHaveLength(2);
    // The author sees the whole track, from its true start.
    expect(metres(route.start!, truePoints[0])).toBeLessThan(20);
    const events = await env.dataSource.query(`SELECT payload FROM platform_event WHERE type = 'contribution.published' AND subject_id = $1`, [routeId]);
    expect(events).toEqual([{ payload: { kind: 'ROUTE', asksAdvice: false } }]);
    // The upload became the route: it is gone.
    expect(firstError(await author.request(`query($id: ID!) { routeImport(id: $id) { status } }`, { id: upload.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never serves another member, a visitor or the GPX export the parts inside a privacy zone or near the start and end', async () => {
    const middle = truePoints[300];
    const { addPrivacyZone } = await author.data<{ addPrivacyZone: { id: string; radiusM: number } }>(
      `mutation($input: AddPrivacyZoneInput!) { addPrivacyZone(input: $input) { id lat lng radiusM } }`,
      { input: { lat: middle.lat, lng: middle.lng, radiusM: 400 } },
    );
    const [zone] = await env.dataSource.query(`SELECT offset_east_m, offset_north_m FROM privacy_zone WHERE id = $1`, [addPrivacyZone.id]);
    const offsetM = Math.hypot(zone.offset_east_m, zone.offset_north_m);
    // The engine's kept offsets (decision 0029): far enough that averaging cut points misses the place.
    expect(offsetM).toBeGreaterThanOrEqual(650);
    expect(offsetM).toBeLessThanOrEqual(850);

    const exported = await (await fetch(`${env.baseUrl}/community/routes/${routeId}/gpx`)).text();
    const exportedPoints = [...exported.matchAll(/lat="([-\d.]+)" lon="([-\d.]+)"/g)].map((m) => ({ lat: Number(m[1]), lng: Number(m[2]) }));
    for (const [who, points] of [
      ['another member', servedPoints(await routeAs(env.as.vendor, routeId))],
      ['a visitor', servedPoints(await routeAs(env.visitor(), routeId))],
      ['the export', exportedPoints],
    ] as const) {
      // Something of the route is still shown (the served line is simplified, so few points draw it).
      expect({ who, some: points.length > 5 }).toEqual({ who, some: true });
      // The hidden circle covers at least the zone's radius around the true centre, whatever its kept offset.
      const nearZone = points.filter((p) => metres(p, middle) < 400);
      const nearEnds = points.filter((p) => metres(p, truePoints[0]) < 100 || metres(p, truePoints[truePoints.length - 1]) < 100);
      expect({ who, nearZone, nearEnds }).toEqual({ who, nearZone: [], nearEnds: [] });
    }
    const other = await routeAs(env.as.vendor, routeId);
    expect(other.viewerSeesWholeTrack).toBe(false);
    expect(metres(other.start!, truePoints[0])).toBeGreaterThanOrEqual(100);
    // Profile distances are along what is served: never longer than the route.
    expect(other.elevationProfile.at(-1)!.distanceM).toBeLessThan(other.distanceM);

    // The author still sees everything, and a zone removed stops hiding.
    expect(servedPoints(await routeAs(author, routeId)).some((p) => metres(p, middle) < 50)).toBe(true);
    await author.data(`mutation($id: ID!) { removePrivacyZone(id: $id) { id } }`, { id: addPrivacyZone.id });
    expect(servedPoints(await routeAs(env.as.vendor, routeId)).some((p) => metres(p, middle) < 50)).toBe(true);
  });

  it('ranks each rider’s best time, fastest first, and records the ride', async () => {
    const log = (client: GraphQLTestClient, durationS: number, riddenOn: string) =>
      client.data<{ logRide: { personalBest: boolean } }>(`mutation($input: LogRideInput!) { logRide(input: $input) { durationS riddenOn personalBest } }`, {
        input: { routeId, durationS, riddenOn, note: 'Windy' },
      });
    expect((await log(env.as.vendor, 3600, '2026-10-01')).logRide.personalBest).toBe(true);
    expect((await log(env.as.manager, 3500, '2026-10-02')).logRide.personalBest).toBe(true);
    expect((await log(env.as.vendor, 3400, '2026-10-03')).logRide.personalBest).toBe(true);
    expect((await log(env.as.vendor, 3900, '2026-10-04')).logRide.personalBest).toBe(false);

    const { leaderboard } = await routeAs(env.visitor(), routeId);
    expect(leaderboard.map(({ rank, durationS, riddenOn, rides }) => ({ rank, durationS, riddenOn, rides }))).toEqual([
      { rank: 1, durationS: 3400, riddenOn: '2026-10-03', rides: 3 },
      { rank: 2, durationS: 3500, riddenOn: '2026-10-02', rides: 1 },
    ]);
    const events = await env.dataSource.query(`SELECT payload FROM platform_event WHERE type = 'route.ride_logged' AND subject_id = $1 ORDER BY id`, [routeId]);
    expect(events.map((e: { payload: unknown }) => e.payload)).toEqual([
      { durationS: 3600, personalBest: true },
      { durationS: 3500, personalBest: true },
      { durationS: 3400, personalBest: true },
      { durationS: 3900, personalBest: false },
    ]);

    const future = await env.as.vendor.request(`mutation($input: LogRideInput!) { logRide(input: $input) { id } }`, { input: { routeId, durationS: 3000, riddenOn: '2999-01-01' } });
    expect(firstError(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'riddenOn' });
  });

  it('reads a large file in the background job, with progress, and fails a file that is not GPX with a reason', async () => {
    const large = sampleGpx({ ...RIDE, points: 14_000, stepM: 5, seed: 9 });
    expect(large.length).toBeGreaterThan(1024 * 1024);
    const queued = await importOf(author, large);
    expect(queued).toMatchObject({ status: 'QUEUED', progress: 0 });
    const early = await author.request(`mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, { input: { importId: queued.id, title: 'Too soon' } });
    expect(firstError(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'importId' });

    const notGpx = await importOf(author, Buffer.alloc(1024 * 1024 + 10, 'x'));
    expect(notGpx.status).toBe('QUEUED');
    expect(await env.app.get(RouteImportService).runQueued()).toBe(2);

    const status = async (id: string) => (await author.data<{ routeImport: { status: string; progress: number; error: string | null; pointCount: number | null } }>(`query($id: ID!) { routeImport(id: $id) { status progress error pointCount } }`, { id })).routeImport;
    expect(await status(queued.id)).toEqual({ status: 'DONE', progress: 100, error: null, pointCount: 14_000 });
    expect(await status(notGpx.id)).toMatchObject({ status: 'FAILED', error: expect.any(String), pointCount: null });
    const [{ files }] = await env.dataSource.query(`SELECT count(*)::int AS files FROM route_import WHERE file IS NOT NULL`);
    expect(files).toBe(0);
    expect((await routeAs(author, await createRoute(author, queued.id, 'Long loop'))).pointCount).toBe(14_000);
  });

  it('refuses at the upload what is not GPX, and uploads without a session or the upload header', async () => {
    const response = await uploadGpx(author, 'hello, this is not xml');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('file');
    expect((await uploadGpx(env.visitor(), sampleGpx(RIDE))).status).toBe(401);
    const form = new FormData();
    form.set('file', new Blob([sampleGpx(RIDE)]), 'ride.gpx');
    expect((await fetch(`${env.baseUrl}/uploads/gpx`, { method: 'POST', body: form, headers: { cookie: author.sessionCookie! } })).status).toBe(403);
  });

  it('seeds demo routes with rides, and Ana’s privacy zone keeps her home out of what others see', async () => {
    const rows: { id: string; title: string; email: string }[] = await env.dataSource.query(
      `SELECT c.id, c.title, a.email FROM contribution c JOIN account a ON a.id = c.author_id WHERE c.kind = 'ROUTE' AND a.email IN ('ana@riders.example', 'ben@riders.example', 'chloe@riders.example') AND c.status = 'PUBLISHED' ORDER BY c.title`,
    );
    expect(rows.map((r) => r.title)).toEqual(['Rhine meadows easy tour', 'Ridgeline sunrise loop', 'Three cols of the Black Forest']);
    const ana = rows.find((r) => r.email === 'ana@riders.example')!;
    const [home] = await env.dataSource.query(`SELECT z.lat, z.lng, z.radius_m FROM privacy_zone z JOIN account a ON a.id = z.member_id WHERE a.email = 'ana@riders.example'`);
    const served = await routeAs(env.visitor(), ana.id);
    expect(served.leaderboard.map((entry) => entry.member.displayName)).toEqual(['Ben Climber', 'Chloe Tourer']);
    expect(served.elevationGainM).toBeGreaterThan(150);
    expect(servedPoints(served).length).toBeGreaterThan(50);
    expect(servedPoints(served).filter((p) => metres(p, home) < home.radius_m / 2)).toEqual([]);
  });

  it('keeps privacy zones to their member, between 200 and 1000 m', async () => {
    const add = (client: GraphQLTestClient, radiusM: number) =>
      client.request(`mutation($input: AddPrivacyZoneInput!) { addPrivacyZone(input: $input) { id } }`, { input: { lat: 47.4, lng: 8.5, radiusM } });
    expect(firstError(await add(author, 150))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    expect(firstError(await add(author, 1500))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    await add(env.as.vendor, 500);
    const mine = (await author.data<{ privacyZones: { radiusM: number }[] }>(`{ privacyZones { radiusM } }`)).privacyZones;
    expect(mine).toEqual([]);
    expect((await env.as.vendor.data<{ privacyZones: { lat: number; radiusM: number }[] }>(`{ privacyZones { lat radiusM } }`)).privacyZones).toEqual([{ lat: 47.4, radiusM: 500 }]);
  });
});

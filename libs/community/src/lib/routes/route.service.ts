import { Injectable } from '@nestjs/common';
import { badInput, groupByKey, oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { MediaAssetService } from '@flagship/media';
import { In } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { ContributionKind } from '../contribution/contribution.types';
import { displace } from './geo';
import { elevationProfile, haversineM, hidePrivateParts, type TrackPoint } from './gpx';
import { PrivacyZone, RoutePrivacy } from './privacy-zone.entity';
import { newEndOffset, newZoneOffset } from './privacy-offsets';
import { decodePolyline } from './polyline';
import { drawingOf } from './process-gpx';
import { CommunityRoute } from './route.entity';
import { RouteEvents } from './route.events';
import { RouteImportService } from './route-import.service';
import { RoutePhotoPin } from './route-photo-pin.entity';
import { RouteRide } from './route-ride.entity';
import { PrivacyZonePolicy } from './route.policy';
import { ElevationPointView, LeaderboardEntry, RideView, RouteBounds, RoutePhotoPinView, RouteView } from './route.types';
import { fromStoredTrack } from './stored-track';
import { MAX_PHOTO_PINS, MAX_PRIVACY_ZONES, type AddPrivacyZoneInput, type PinRoutePhotoInput, type CreateRouteInput, type LogRideInput, type UpdateRouteInput } from './dto/route.inputs';

/** What a viewer may see of a route's geometry. */
export interface ServedGeometry {
  /** Every visible point (only built for viewers other than the author, and for the export). */
  segments: TrackPoint[][] | null;
  polylines: string[];
  profile: ElevationPointView[];
  bounds: RouteBounds | null;
  start: { lat: number; lng: number } | null;
}

/**
 * Routes (decision 0030): made from a read GPX upload, ridden and timed by members, and served so that
 * nobody but the author ever receives the parts inside the author's privacy zones or near the start
 * and end (the GPX engine's `hidePrivateParts`, with the author's kept offsets).
 */
@Injectable()
export class RouteService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly imports: RouteImportService,
    private readonly events: EventLog,
    private readonly media: MediaAssetService,
  ) {}

  async create(viewer: Viewer, input: CreateRouteInput): Promise<Contribution> {
    const read = await this.imports.takeDone(viewer, input.importId);
    const contribution = await this.contributions.create(viewer, ContributionKind.ROUTE, { ...input, title: input.title ?? read.name ?? undefined });
    await this.connection.getRepository(CommunityRoute).insert({
      contributionId: contribution.id,
      track: read.track,
      source: read.source,
      pointCount: read.pointCount,
      distanceM: read.distanceM,
      elevationGainM: read.elevationGainM,
      elevationLossM: read.elevationLossM,
      minLat: read.bbox.minLat,
      minLng: read.bbox.minLng,
      maxLat: read.bbox.maxLat,
      maxLng: read.bbox.maxLng,
      polylines: read.polylines,
      profile: read.profile,
      durationS: read.durationS,
    });
    await this.ensureEndOffset(viewer.accountId);
    return contribution;
  }

  /** A route straight from a small GPX file (the demo's; members upload first, then createRoute). */
  async createFromFile(viewer: Viewer, fileName: string, file: Buffer, fields: Omit<CreateRouteInput, 'importId'>): Promise<Contribution> {
    const upload = await this.imports.receive(viewer, fileName, file);
    return this.create(viewer, Object.assign(fields, { importId: upload.id }));
  }

  /** True when the member already shared a route of that title (keeps the demo idempotent). */
  async hasRouteTitled(authorId: string, title: string): Promise<boolean> {
    return this.connection.getRepository(Contribution).existsBy({ authorId, title, kind: ContributionKind.ROUTE });
  }

  update(viewer: Viewer, input: UpdateRouteInput): Promise<Contribution> {
    return this.contributions.update(viewer, input.id, input, ContributionKind.ROUTE);
  }

  /** A route's details (without its track) through the request's loader. */
  load(loaders: RequestLoaders, contribution: Pick<Contribution, 'id' | 'authorId'>): Promise<RouteView | null> {
    return loaders
      .get<string, CommunityRoute | null>('community.routeById', async (ids) =>
        oneByKey(ids, await this.connection.getRepository(CommunityRoute).findBy({ contributionId: In([...ids]) }), (route) => route.contributionId),
      )
      .load(contribution.id)
      .then((route) => route && Object.assign(new RouteView(), { ...route, authorId: contribution.authorId }));
  }

  /** The author's own view: the whole track as stored (its details row holds the drawing). */
  private authorGeometry(route: RouteView): ServedGeometry {
    const row = route as RouteView & CommunityRoute;
    const first = row.polylines.length ? decodePolyline(row.polylines[0])[0] : undefined;
    return {
      segments: null,
      polylines: row.polylines,
      profile: row.profile,
      bounds: { minLat: row.minLat, minLng: row.minLng, maxLat: row.maxLat, maxLng: row.maxLng },
      start: first ?? null,
    };
  }

  /** What `viewer` may see of the route's geometry, worked out once per request. */
  geometry(loaders: RequestLoaders, viewer: Viewer | undefined, route: RouteView): Promise<ServedGeometry> {
    if (viewer?.accountId === route.authorId) return Promise.resolve(this.authorGeometry(route));
    return loaders.get<string, ServedGeometry>('community.routePublicGeometry', (ids) => this.publicGeometries(ids)).load(route.contributionId);
  }

  /** What everyone but the author may see of these routes: privacy zones and the ends cut out. */
  async publicGeometries(routeIds: readonly string[]): Promise<ServedGeometry[]> {
    const rows: { id: string; authorId: string; track: CommunityRoute['track'] }[] = await this.connection.manager.query(
      `SELECT r.contribution_id AS id, c.author_id AS "authorId", r.track FROM route r JOIN contribution c ON c.id = r.contribution_id WHERE r.contribution_id = ANY($1)`,
      [routeIds],
    );
    const authorIds = [...new Set(rows.map((row) => row.authorId))];
    const [zones, privacy] = await Promise.all([
      this.connection.getRepository(PrivacyZone).findBy({ memberId: In(authorIds) }),
      this.connection.getRepository(RoutePrivacy).findBy({ memberId: In(authorIds) }),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return routeIds.map((id) => {
      const row = byId.get(id);
      if (!row) return { segments: [], polylines: [], profile: [], bounds: null, start: null };
      const own = privacy.find((p) => p.memberId === row.authorId);
      const segments = hidePrivateParts(fromStoredTrack(row.track), {
        zones: zones.filter((zone) => zone.memberId === row.authorId).map((zone) => ({ ...displace(zone, zone.offsetEastM, zone.offsetNorthM), radiusM: zone.radiusM })),
        // Every author has one (created with their first route); a missing one still hides, unmoved.
        endOffset: own ? { eastM: own.endOffsetEastM, northM: own.endOffsetNorthM } : { eastM: 0, northM: 0 },
        seed: id,
      });
      return servedFrom(segments);
    });
  }

  async logRide(viewer: Viewer, input: LogRideInput): Promise<RideView> {
    const route = await this.contributions.lockForInteraction(viewer, input.routeId, 'routeId');
    if (route.kind !== ContributionKind.ROUTE) throw badInput('routeId', 'There is no such route');
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    if (input.riddenOn > tomorrow) throw badInput('riddenOn', 'That day has not come yet');
    const rides = this.connection.getRepository(RouteRide);
    const best = await rides.findOne({ where: { contributionId: route.id, memberId: viewer.accountId }, order: { durationS: 'ASC' } });
    const ride = await rides.save(
      Object.assign(new RouteRide(), { contributionId: route.id, memberId: viewer.accountId, durationS: input.durationS, riddenOn: input.riddenOn, note: input.note || null }),
    );
    const personalBest = !best || input.durationS < best.durationS;
    await this.events.record(RouteEvents.rideLogged, { actorId: viewer.accountId, subjectId: route.id, payload: { durationS: input.durationS, personalBest } });
    return Object.assign(new RideView(), { id: ride.id, durationS: ride.durationS, riddenOn: ride.riddenOn, note: ride.note, personalBest });
  }

  /** Each member's best time on the route, fastest first (ties: who rode it first); batched per request. */
  leaderboard(loaders: RequestLoaders, routeId: string, first: number): Promise<LeaderboardEntry[]> {
    return loaders
      .get<string, LeaderboardEntry[]>(`community.routeLeaderboard:${first}`, async (ids) => {
        const rows: { routeId: string; memberId: string; durationS: number; riddenOn: string; rides: number; rank: number }[] = await this.connection.manager.query(
          `SELECT * FROM (
             SELECT best.*, rank() OVER (PARTITION BY best."routeId" ORDER BY best."durationS", best."riddenOn") AS rank
             FROM (
               SELECT DISTINCT ON (contribution_id, member_id) contribution_id AS "routeId", member_id AS "memberId", duration_s AS "durationS",
                      to_char(ridden_on, 'YYYY-MM-DD') AS "riddenOn", count(*) OVER (PARTITION BY contribution_id, member_id)::int AS rides
               FROM route_ride WHERE contribution_id = ANY($1)
               ORDER BY contribution_id, member_id, duration_s, ridden_on
             ) best
           ) ranked WHERE rank <= $2 ORDER BY "routeId", rank, "memberId"`,
          [ids, first],
        );
        return groupByKey(ids, rows, (row) => row.routeId).map((entries) =>
          entries.map((row) => Object.assign(new LeaderboardEntry(), { ...row, rank: Number(row.rank) })),
        );
      })
      .load(routeId);
  }

  /** Everyone who rode it, counted once each. */
  async riderCount(routeId: string): Promise<number> {
    const [{ n }] = await this.connection.manager.query(`SELECT count(DISTINCT member_id)::int AS n FROM route_ride WHERE contribution_id = $1`, [routeId]);
    return n;
  }

  /**
   * Pins one of the author's uploads to the track point nearest `distanceM` along the whole track
   * (pinning the same photo again moves it and replaces its caption).
   */
  async pinPhoto(viewer: Viewer, input: PinRoutePhotoInput): Promise<Contribution> {
    const contribution = await this.contributions.lockOwn(viewer, input.routeId, ContributionKind.ROUTE);
    const [photo] = await this.media.claim(viewer, [input.photoId], 'photoId');
    const route = await this.connection.getRepository(CommunityRoute).findOneOrFail({ where: { contributionId: contribution.id }, select: { contributionId: true, track: true } });
    const point = nearestAlong(fromStoredTrack(route.track), input.distanceM);
    if (!point) throw badInput('distanceM', 'This route has no track to pin to');
    const pins = this.connection.getRepository(RoutePhotoPin);
    const existing = await pins.findOneBy({ contributionId: contribution.id, mediaAssetId: photo.id });
    if (!existing && (await pins.countBy({ contributionId: contribution.id })) >= MAX_PHOTO_PINS) {
      throw badInput('photoId', `A route can have up to ${MAX_PHOTO_PINS} pinned photos`);
    }
    await pins.save(Object.assign(existing ?? new RoutePhotoPin(), { contributionId: contribution.id, mediaAssetId: photo.id, ...point, caption: input.caption || null }));
    return contribution;
  }

  /** Takes a pinned photo off the author's route (the upload itself stays theirs). */
  async unpinPhoto(viewer: Viewer, routeId: string, photoId: string): Promise<Contribution> {
    const contribution = await this.contributions.lockOwn(viewer, routeId, ContributionKind.ROUTE);
    const { affected } = await this.connection.getRepository(RoutePhotoPin).delete({ contributionId: contribution.id, mediaAssetId: photoId });
    if (!affected) throw badInput('photoId', 'That photo is not pinned to this route');
    return contribution;
  }

  /**
   * The route's pinned photos along the track. The author gets all of them; everyone else only those
   * whose point is on what they are served (not inside a privacy zone or the hidden start and end),
   * with the distance along what they see. Pins and geometry are each one batched load per request.
   */
  async photoPins(loaders: RequestLoaders, viewer: Viewer | undefined, route: RouteView): Promise<RoutePhotoPinView[]> {
    const pins = await loaders
      .get<string, RoutePhotoPin[]>('community.routePhotoPins', async (ids) =>
        groupByKey(
          ids,
          await this.connection.getRepository(RoutePhotoPin).find({ where: { contributionId: In([...ids]) }, relations: { asset: true }, order: { distanceM: 'ASC', createdAt: 'ASC' } }),
          (pin) => pin.contributionId,
        ),
      )
      .load(route.contributionId);
    const view = (pin: RoutePhotoPin, distanceM: number) =>
      Object.assign(new RoutePhotoPinView(), { id: pin.mediaAssetId, photo: pin.asset!.image(), caption: pin.caption, distanceM, point: { lat: pin.lat, lng: pin.lng } });
    if (viewer?.accountId === route.authorId) return pins.map((pin) => view(pin, pin.distanceM));
    if (pins.length === 0) return [];
    const served = servedDistances((await this.geometry(loaders, viewer, route)).segments ?? []);
    return pins.flatMap((pin) => {
      const along = served.get(pointKey(pin));
      return along === undefined ? [] : [view(pin, along)];
    });
  }

  privacyZones(viewer: Viewer): Promise<PrivacyZone[]> {
    return this.connection.getRepository(PrivacyZone).find({ where: { memberId: viewer.accountId }, order: { createdAt: 'ASC' } });
  }

  async addPrivacyZone(viewer: Viewer, input: AddPrivacyZoneInput): Promise<PrivacyZone> {
    const zones = this.connection.getRepository(PrivacyZone);
    // Serialises a member's own concurrent adds, so the limit holds.
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('privacy_zone:' || $1))`, [viewer.accountId]);
    if ((await zones.countBy({ memberId: viewer.accountId })) >= MAX_PRIVACY_ZONES) throw badInput('lat', `You can keep up to ${MAX_PRIVACY_ZONES} privacy zones`);
    const offset = newZoneOffset(input.radiusM);
    await this.ensureEndOffset(viewer.accountId);
    return zones.save(Object.assign(new PrivacyZone(), { memberId: viewer.accountId, lat: input.lat, lng: input.lng, radiusM: input.radiusM, offsetEastM: offset.eastM, offsetNorthM: offset.northM }));
  }

  async removePrivacyZone(viewer: Viewer, id: string): Promise<PrivacyZone> {
    const zones = this.connection.getRepository(PrivacyZone);
    const zone = PrivacyZonePolicy.authorize(viewer, 'manage', await zones.findOneBy({ id }), { field: 'id' });
    await zones.delete({ id });
    return Object.assign(zone, { id });
  }

  /** The member's kept start/end offset, drawn once (concurrent first routes keep the first one drawn). */
  async ensureEndOffset(memberId: string): Promise<void> {
    const offset = newEndOffset();
    await this.connection.manager.query(
      `INSERT INTO route_privacy (member_id, end_offset_east_m, end_offset_north_m) VALUES ($1, $2, $3) ON CONFLICT (member_id) DO NOTHING`,
      [memberId, offset.eastM, offset.northM],
    );
  }
}

/** The served view of the visible segments: drawing, profile, bounds, first visible point. */
export function servedFrom(segments: TrackPoint[][]): ServedGeometry {
  const all = segments.flat();
  if (all.length === 0) return { segments, polylines: [], profile: [], bounds: null, start: null };
  let minLat = Infinity;
  let minLng = Infinity;
  let maxLat = -Infinity;
  let maxLng = -Infinity;
  for (const p of all) {
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLng = Math.min(minLng, p.lng);
    maxLng = Math.max(maxLng, p.lng);
  }
  return {
    segments,
    polylines: drawingOf(segments),
    profile: elevationProfile(segments),
    bounds: { minLat, minLng, maxLat, maxLng },
    start: { lat: all[0].lat, lng: all[0].lng },
  };
}

const pointKey = (p: { lat: number; lng: number }) => `${p.lat},${p.lng}`;

/** Every served point's distance along what is served (gaps between segments not counted). */
function servedDistances(segments: TrackPoint[][]): Map<string, number> {
  const along = new Map<string, number>();
  let offset = 0;
  for (const segment of segments) {
    segment.forEach((p, i) => {
      if (i > 0) offset += haversineM(segment[i - 1], p);
      if (!along.has(pointKey(p))) along.set(pointKey(p), offset);
    });
  }
  return along;
}

/** The track point nearest `distanceM` along the whole track (gaps between segments not counted). */
export function nearestAlong(segments: TrackPoint[][], distanceM: number): { lat: number; lng: number; distanceM: number } | null {
  let best: { lat: number; lng: number; distanceM: number } | null = null;
  let offset = 0;
  for (const segment of segments) {
    for (let i = 0; i < segment.length; i++) {
      if (i > 0) offset += haversineM(segment[i - 1], segment[i]);
      if (!best || Math.abs(offset - distanceM) < Math.abs(best.distanceM - distanceM)) best = { lat: segment[i].lat, lng: segment[i].lng, distanceM: offset };
    }
  }
  return best;
}

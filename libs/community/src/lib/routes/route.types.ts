import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RouteImportStatus } from './route-import.entity';
import { Image } from '@flagship/media';

registerEnumType(RouteImportStatus, { name: 'RouteImportStatus', description: 'Where an uploaded GPX file is on its way to becoming a route.' });

@ObjectType('LatLng')
export class LatLngView {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

@ObjectType('RouteBounds', { description: 'The smallest latitude/longitude box around what the viewer may see of a route.' })
export class RouteBounds {
  @Field(() => Float)
  minLat!: number;

  @Field(() => Float)
  minLng!: number;

  @Field(() => Float)
  maxLat!: number;

  @Field(() => Float)
  maxLng!: number;
}

@ObjectType('ElevationPoint')
export class ElevationPointView {
  @Field(() => Float, { description: 'Metres along what the viewer may see of the route.' })
  distanceM!: number;

  @Field(() => Float, { description: 'Metres above sea level.' })
  ele!: number;
}

/**
 * A route's details. The geometry (`polylines`, `start`, `bounds`, `elevationProfile`, the GPX export)
 * is what the viewer may see: the whole track for its author, without the author's privacy zones and
 * the hidden distance at its start and end for everyone else (decision 0030).
 */
@ObjectType('Route')
export class RouteView {
  /** The contribution's id (not a field: `Contribution.id` is it). */
  contributionId!: string;
  authorId!: string;

  @Field(() => Float, { description: 'Length of the whole route in metres.' })
  distanceM!: number;

  @Field(() => Float, { nullable: true, description: 'Climbing in metres (smoothed); null when the file has no elevation.' })
  elevationGainM!: number | null;

  @Field(() => Float, { nullable: true })
  elevationLossM!: number | null;

  @Field(() => Int, { nullable: true, description: 'Time of the recording, when the file has times.' })
  durationS!: number | null;

  @Field(() => Int)
  pointCount!: number;

  @Field({ description: 'What the file held: track, route or waypoints.' })
  source!: string;
}

@ObjectType('RouteLeaderboardEntry', { description: 'A member’s best ride of a route.' })
export class LeaderboardEntry {
  @Field(() => Int)
  rank!: number;

  /** Resolved as `member` (a Member) by LeaderboardEntryResolver. */
  memberId!: string;

  @Field(() => Int, { description: 'Their best time, in seconds.' })
  durationS!: number;

  @Field({ description: 'The day of that ride (YYYY-MM-DD).' })
  riddenOn!: string;

  @Field(() => Int, { description: 'How many rides of the route they logged.' })
  rides!: number;
}

@ObjectType('RouteRide', { description: 'A ride the viewer logged.' })
export class RideView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  durationS!: number;

  @Field()
  riddenOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'True when it is the rider’s best time on this route.' })
  personalBest!: boolean;
}

@ObjectType('RouteImport', { description: 'An uploaded GPX file being read (the uploader’s only).' })
export class RouteImportView {
  @Field(() => ID)
  id!: string;

  @Field(() => RouteImportStatus)
  status!: RouteImportStatus;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Why it could not be read.' })
  error!: string | null;

  @Field()
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'The track’s name in the file, to suggest as a title.' })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: 'Once read: the length in metres.' })
  distanceM!: number | null;

  @Field(() => Float, { nullable: true })
  elevationGainM!: number | null;

  @Field(() => Int, { nullable: true })
  pointCount!: number | null;
}

@ObjectType('PrivacyZone', { description: 'A place you keep out of what others see of your routes. Only you see it.' })
export class PrivacyZoneView {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => Int)
  radiusM!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType('RoutePhotoPin', { description: 'A photo the author pinned to a point of the route.' })
export class RoutePhotoPinView {
  @Field(() => ID, { description: 'The photo’s id (one pin per photo on a route): what unpinRoutePhoto takes.' })
  id!: string;

  @Field(() => Image)
  photo!: Image;

  @Field(() => String, { nullable: true })
  caption!: string | null;

  @Field(() => Float, { description: 'Metres along what you may see of the route (as the elevation profile counts them).' })
  distanceM!: number;

  @Field(() => LatLngView)
  point!: LatLngView;
}

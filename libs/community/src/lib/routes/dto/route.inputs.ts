import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@flagship/api-core';
import { IsISO8601, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ContributionFieldsInput } from '../../contribution/dto/contribution.inputs';

export const MIN_ZONE_RADIUS_M = 200;
export const MAX_ZONE_RADIUS_M = 1000;
export const MAX_PRIVACY_ZONES = 10;
/** Longest ride one can log: a week, in seconds. */
export const MAX_RIDE_S = 7 * 24 * 3600;

@InputType()
export class CreateRouteInput extends ContributionFieldsInput {
  @Field(() => ID, { description: 'The upload (POST /uploads/gpx) to make the route of, once read (DONE).' })
  @IsUUID('all', { message: 'There is no such upload' })
  importId!: string;
}

@InputType()
export class UpdateRouteInput extends ContributionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such route' })
  id!: string;
}

@InputType()
export class LogRideInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such route' })
  routeId!: string;

  @Field(() => Int, { description: 'Your time in seconds.' })
  @IsInt({ message: 'Give your time in whole seconds' })
  @Min(1, { message: 'Give your time' })
  @Max(MAX_RIDE_S, { message: 'A ride can be up to a week long' })
  durationS!: number;

  @Field({ description: 'The day you rode it (YYYY-MM-DD), not in the future.' })
  @IsISO8601({ strict: true }, { message: 'Give the day as YYYY-MM-DD' })
  riddenOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(500, { message: 'Keep the note to 500 characters' })
  note?: string;
}

@InputType()
export class AddPrivacyZoneInput {
  @Field(() => Float)
  @Min(-90, { message: 'Latitude is between -90 and 90' })
  @Max(90, { message: 'Latitude is between -90 and 90' })
  lat!: number;

  @Field(() => Float)
  @Min(-180, { message: 'Longitude is between -180 and 180' })
  @Max(180, { message: 'Longitude is between -180 and 180' })
  lng!: number;

  @Field(() => Int, { description: `${MIN_ZONE_RADIUS_M}–${MAX_ZONE_RADIUS_M} metres.` })
  @IsInt({ message: 'Give the radius in whole metres' })
  @Min(MIN_ZONE_RADIUS_M, { message: `The radius is ${MIN_ZONE_RADIUS_M}–${MAX_ZONE_RADIUS_M} m` })
  @Max(MAX_ZONE_RADIUS_M, { message: `The radius is ${MIN_ZONE_RADIUS_M}–${MAX_ZONE_RADIUS_M} m` })
  radiusM!: number;
}

/** Most photos one route can have pinned. */
export const MAX_PHOTO_PINS = 30;

@InputType()
export class PinRoutePhotoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'There is no such route' })
  routeId!: string;

  @Field(() => ID, { description: 'One of your uploads (POST /uploads/images). Pinning it again moves it.' })
  @IsUUID('all', { message: 'There is no such photo' })
  photoId!: string;

  @Field(() => Float, { description: 'Where on the route: metres along the whole track; the pin goes on the nearest track point.' })
  @Min(0, { message: 'Give a point on the route' })
  @Max(100_000_000, { message: 'Give a point on the route' })
  distanceM!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(200, { message: 'Keep the caption to 200 characters' })
  caption?: string;
}

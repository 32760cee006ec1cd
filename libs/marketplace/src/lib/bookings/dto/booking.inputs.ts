import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { BookingStatus } from '../booking.entity';
import { ServiceMode } from '../service-offer.entity';

@InputType()
export class CreateServiceListingInput {
  @Field(() => ID)
  @IsUUID()
  vendorId!: string;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  title!: string;

  @Field()
  @IsString()
  @MaxLength(5000)
  description!: string;

  @Field(() => ID)
  @IsUUID()
  categoryId!: string;

  @Field(() => SafeInt, { description: 'Price per seat, minor units.' })
  @IsInt()
  @Min(1)
  priceMinor!: number;

  @Field(() => Int)
  @IsInt()
  durationMinutes!: number;

  @Field(() => Int)
  @IsInt()
  capacity!: number;

  @Field(() => ServiceMode)
  @IsEnum(ServiceMode)
  mode!: ServiceMode;

  @Field(() => String, { nullable: true, description: 'Online: the meeting link (https), shown to buyers only once they paid.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'In person: the address.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
}

@InputType()
export class UpdateServiceOfferInput {
  @Field(() => ID)
  @IsUUID()
  productId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  durationMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  capacity?: number;

  @Field(() => ServiceMode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceMode)
  mode?: ServiceMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

@InputType()
export class NewSlotInput {
  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Defaults to the start plus the service’s duration.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date | null;
}

@InputType()
export class AddServiceSlotsInput {
  @Field(() => ID)
  @IsUUID()
  productId!: string;

  @Field(() => [NewSlotInput])
  @ValidateNested({ each: true })
  @Type(() => NewSlotInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  slots!: NewSlotInput[];
}

@ArgsType()
export class VendorBookingsArgs {
  @Field(() => ID)
  @IsUUID()
  vendorId!: string;

  @Field(() => BookingStatus, { nullable: true, description: 'Default: paid, confirmed, completed and cancelled bookings.' })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

@InputType()
export class ReviewBookingInput {
  @Field(() => ID)
  @IsUUID()
  bookingId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  text!: string;
}

@ObjectType({ description: 'How riders rate a vendor’s services: revealed buyers’ reviews only.' })
export class ServiceRatingSummary {
  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int)
  count!: number;
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Image } from '@flagship/media';

/** Badges shown next to a member's name. Only the platform grants them; members never choose one. */
export enum BadgeKind {
  /** Works for the brand: holds BRAND_MANAGER. */
  BRAND_STAFF = 'BRAND_STAFF',
  /** Speaks for a vendor: a member of a vendor organisation (or holds VENDOR). */
  VENDOR = 'VENDOR',
  /** Marked as an expert by a brand manager. */
  EXPERT = 'EXPERT',
}
registerEnumType(BadgeKind, { name: 'BadgeKind', description: 'Badges only the platform grants, shown next to a member’s name wherever it appears.' });

@ObjectType({ description: 'A badge the platform granted: who the member speaks for.' })
export class Badge {
  @Field(() => BadgeKind)
  kind!: BadgeKind;

  @Field({ description: 'What to show: "Brand staff", the vendor’s name, "Expert".' })
  label!: string;
}

/**
 * What everyone sees of a person: no email, nothing private. Made from an account; its id is the
 * account's id.
 */
@ObjectType({ description: 'A person as everyone else sees them: name, avatar, bio, joined date and the badges the platform granted. Never an email.' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The member’s picture, a square 320 pixels wide (for a small avatar); null when they chose none.' })
  avatarUrl!: string | null;

  @Field(() => Image, { nullable: true, description: 'The member’s picture in every width it was stored at, for srcset; null when they chose none.' })
  avatar?: Image | null;

  @Field(() => String, { nullable: true, description: 'A few words the member wrote about themselves, as Markdown (see bioHtml).' })
  bio!: string | null;

  @Field({ description: 'When the member joined the platform.' })
  joinedAt!: Date;
}

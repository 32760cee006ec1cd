import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, OrganisationRole } from '@flagship/api-core';
import { VendorApplication } from './vendor-application.entity';
import { Vendor } from './vendor.entity';

@ObjectType({ description: 'A person on a vendor’s team.' })
export class VendorTeamMember {
  @Field(() => ID, { description: 'Their account (and member) id.' })
  accountId!: string;

  @Field()
  displayName!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field()
  joinedAt!: Date;
}

export const VendorConnection = ConnectionType(Vendor, 'VendorConnection');
export const VendorApplicationConnection = ConnectionType(VendorApplication, 'VendorApplicationConnection');

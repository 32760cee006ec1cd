import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SellerPayoutAccount } from '../payout-account.entity';

@ArgsType()
export class SellerArgs {
  @Field(() => SellerKind, { description: 'VENDOR (sellerId: the vendor organisation) or MEMBER (sellerId: the member’s account).' })
  @IsIn([SellerKind.VENDOR, SellerKind.MEMBER])
  sellerKind!: SellerKind;

  @Field(() => ID)
  @IsUUID()
  sellerId!: string;
}

@ArgsType()
export class SellerPayoutsArgs extends SellerArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@ObjectType({ description: 'A seller’s money per currency, from the ledger.' })
export class SellerBalance {
  @Field()
  currency!: string;

  @Field(() => Money, { description: 'Earned and not yet paid out (negative after a refund of money already paid out, until the payout is reversed).' })
  owed!: Money;

  @Field(() => Money, { description: 'Used items’ money held until the buyer confirms receipt or the claim window passes.' })
  held!: Money;

  @Field(() => Money, { description: 'Sent to the seller’s connected account, less what refunds took back.' })
  paidOut!: Money;
}

@ObjectType({ description: 'Where the seller finishes setting up payouts.' })
export class PayoutOnboarding {
  @Field(() => String, { nullable: true, description: 'The provider’s onboarding page (use it at once: it expires); null when nothing is left to do (test mode, or enabled already).' })
  url!: string | null;

  @Field(() => SellerPayoutAccount)
  account!: SellerPayoutAccount;
}

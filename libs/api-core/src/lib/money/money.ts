import { Field, Int, ObjectType } from '@nestjs/graphql';

/** An amount in minor units (cents) of an ISO 4217 currency. Never a float. */
@ObjectType({ description: 'An amount in minor units (e.g. cents) of a currency.' })
export class Money {
  @Field(() => Int, { description: 'Minor units: 189900 EUR is €1,899.00.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;
}

export const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

/** The largest amount `Money` can carry: GraphQL's Int is a signed 32-bit integer. */
export const MAX_AMOUNT_MINOR = 2_147_483_647;

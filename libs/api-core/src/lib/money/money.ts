import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

/**
 * GraphQL's integer for amounts: `SafeInt` (graphql-scalars), a JSON number exact up to 2^53 - 1 that
 * refuses anything larger or fractional instead of rounding it. GraphQL's own `Int` stops at
 * 2^31 - 1 (21,474,836.47 in a two-decimal currency). Decision 0016.
 */
export const SafeInt = GraphQLSafeInt;

/** An amount in minor units (cents) of an ISO 4217 currency. Never a float. */
@ObjectType({ description: 'An amount in minor units (e.g. cents) of a currency.' })
export class Money {
  @Field(() => SafeInt, { description: 'Minor units: 189900 EUR is €1,899.00. Exact up to 2^53 - 1.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;
}

export const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

/**
 * The largest amount `Money` carries exactly: amounts are `bigint` columns, read as JavaScript numbers
 * and sent as JSON numbers, which hold every integer up to 2^53 - 1.
 */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;

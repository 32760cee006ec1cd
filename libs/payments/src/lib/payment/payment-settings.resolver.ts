import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@flagship/api-core';
import { PaymentProvider } from '../provider/payment-provider';

@ObjectType({ description: 'How this platform takes payments, for the storefront’s checkout.' })
export class PaymentSettings {
  @Field({ description: '"stripe" or "offline-test".' })
  provider!: string;

  @Field({ description: 'True when no real money moves: checkout is labelled "test mode".' })
  testMode!: boolean;

  @Field(() => String, { nullable: true, description: 'For Stripe Elements.' })
  stripePublishableKey!: string | null;
}

@Resolver(() => PaymentSettings)
export class PaymentSettingsResolver {
  constructor(private readonly provider: PaymentProvider) {}

  @Public()
  @Query(() => PaymentSettings)
  paymentSettings(): PaymentSettings {
    return { provider: this.provider.name, testMode: this.provider.testMode, stripePublishableKey: this.provider.publishableKey };
  }
}

import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, ManualTransactions, type Viewer } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import type { FastifyRequest } from 'fastify';
import { PayoutOnboarding, SellerArgs, SellerBalance, SellerPayoutsArgs } from './dto/payout.types';
import { SellerPayoutAccount } from './payout-account.entity';
import { PayoutAccountService } from './payout-account.service';
import { Payout } from './payout.entity';
import { PayoutPolicy } from './payout.policy';
import { SellerPayoutsService } from './seller-payouts.service';

@Resolver(() => Payout)
export class PayoutResolver {
  constructor(
    private readonly accounts: PayoutAccountService,
    private readonly sellers: SellerPayoutsService,
  ) {}

  @Authenticated()
  @Guards(PayoutPolicy, 'read')
  @Query(() => SellerPayoutAccount, { description: 'How a seller is paid out: their connected account’s status at the provider that pays out now.' })
  payoutAccount(@CurrentViewer() viewer: Viewer, @Args() seller: SellerArgs): Promise<SellerPayoutAccount> {
    return this.accounts.status(viewer, seller);
  }

  @Authenticated()
  @Guards(PayoutPolicy, 'read')
  @Query(() => [Payout], { description: 'A seller’s payouts, newest first.' })
  sellerPayouts(@CurrentViewer() viewer: Viewer, @Args() args: SellerPayoutsArgs): Promise<Payout[]> {
    return this.sellers.list(viewer, { sellerKind: args.sellerKind, sellerId: args.sellerId }, args.first);
  }

  @Authenticated()
  @Guards(PayoutPolicy, 'read')
  @Query(() => [SellerBalance], { description: 'A seller’s balance per currency from the ledger: owed now, held, paid out.' })
  sellerBalance(@CurrentViewer() viewer: Viewer, @Args() seller: SellerArgs): Promise<SellerBalance[]> {
    return this.sellers.balance(viewer, seller);
  }

  // Calls the payment provider, which must not happen inside a database transaction.
  @ManualTransactions()
  @Authenticated()
  @Guards(PayoutPolicy, 'onboard')
  @Mutation(() => PayoutOnboarding, { description: 'Creates the seller’s connected account if need be and returns where they finish onboarding (vendor owners; a member for themself).' })
  startPayoutOnboarding(@CurrentViewer() viewer: Viewer, @Args() seller: SellerArgs, @Context('req') req: FastifyRequest): Promise<PayoutOnboarding> {
    const page = `${originOf(req)}${seller.sellerKind === SellerKind.VENDOR ? '/vendor/payouts' : '/account/payouts'}`;
    return this.accounts.startOnboarding(viewer, seller, { refreshUrl: `${page}?onboarding=refresh`, returnUrl: `${page}?onboarding=return` });
  }
}

/** The storefront's origin, where the provider sends the seller back: the page's Origin header, else the API's own host. */
function originOf(req: FastifyRequest): string {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
  return `${req.protocol}://${req.host}`;
}

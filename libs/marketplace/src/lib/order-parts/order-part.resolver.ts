import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Loaders, ManualTransactions, Money, money, type RequestLoaders, type Viewer, IdArg } from '@flagship/api-core';
import { Product, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { Order, OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { OrderPart } from './order-part.entity';
import { OrderPartPolicy, VendorOrderPartsPolicy } from './order-part.policy';
import { OrderPartRefund } from './order-part-refund.entity';
import { OrderPartRefundService } from './order-part-refund.service';
import { OrderPartService } from './order-part.service';
import { remainingNet } from './split';
import {
  CancelOrderPartArgs,
  OrderPartConnection,
  OrderPartEarnings,
  OrderPartRefundView,
  OrderPartShipTo,
  RefundOrderPartArgs,
  VendorOrderPartsArgs,
} from './order-part.types';

const sellerKey = (part: Pick<OrderPart, 'sellerKind' | 'sellerId'>) => `${part.sellerKind}:${part.sellerId ?? ''}`;

/** Order parts for their sellers (vendorOrderParts, fulfil, refund, cancel) and, without money they must not see, for buyers. */
@Resolver(() => OrderPart)
export class OrderPartResolver {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly parts: OrderPartService,
    private readonly refunder: OrderPartRefundService,
  ) {}

  @Authenticated()
  @Guards(VendorOrderPartsPolicy, 'list')
  @Query(() => OrderPartConnection, { description: 'A vendor’s parts of orders, newest first: its own people only.' })
  vendorOrderParts(@CurrentViewer() viewer: Viewer, @Args() args: VendorOrderPartsArgs): Promise<OrderPartConnection> {
    VendorOrderPartsPolicy.authorize(viewer, 'list', { vendorId: args.vendorId });
    return this.parts.listForSeller({ kind: SellerKind.VENDOR, id: args.vendorId }, args);
  }

  @Authenticated()
  @Guards(OrderPartPolicy, 'fulfil')
  @Mutation(() => OrderPart, { description: 'The seller marks a paid part fulfilled (its goods sent).' })
  async fulfilOrderPart(@CurrentViewer() viewer: Viewer, @IdArg('partId') partId: string): Promise<OrderPart> {
    OrderPartPolicy.authorize(viewer, 'fulfil', await this.connection.getRepository(OrderPart).findOneBy({ id: partId }));
    return this.parts.fulfilAsSeller(partId, viewer.accountId);
  }

  // Refunds call the payment provider, which must not happen inside a database transaction.
  @ManualTransactions()
  @Authenticated()
  @Guards(OrderPartPolicy, 'refund')
  @Mutation(() => OrderPart, { description: 'Refund part or all of one seller’s part of an order: its seller’s people, or brand managers.' })
  async refundOrderPart(@CurrentViewer() viewer: Viewer, @Args() args: RefundOrderPartArgs): Promise<OrderPart> {
    OrderPartPolicy.authorize(viewer, 'refund', await this.connection.getRepository(OrderPart).findOneBy({ id: args.partId }));
    return this.refunder.refund({ partId: args.partId, amountMinor: args.amountMinor, idempotencyKey: args.refundKey, reason: args.reason || 'refunded by the seller', actorId: viewer.accountId });
  }

  @ManualTransactions()
  @Authenticated()
  @Guards(OrderPartPolicy, 'fulfil')
  @Mutation(() => OrderPart, { description: 'The seller cancels a paid part before fulfilling it: everything paid for it is refunded.' })
  async cancelOrderPart(@CurrentViewer() viewer: Viewer, @Args() args: CancelOrderPartArgs): Promise<OrderPart> {
    OrderPartPolicy.authorize(viewer, 'fulfil', await this.connection.getRepository(OrderPart).findOneBy({ id: args.partId }));
    return this.refunder.cancel(args.partId, args.reason || 'cancelled by the seller', viewer.accountId);
  }

  @ResolveField(() => String, { description: 'Who sells it: the vendor’s or member’s name, or the shop’s.' })
  sellerName(@Parent() part: OrderPart, @Loaders() loaders: RequestLoaders): Promise<string> {
    return loaders.get<string, string>('orderParts.sellerName', (keys) => this.parts.sellerNames(keys)).load(sellerKey(part));
  }

  @ResolveField(() => [OrderLine])
  lines(@Parent() part: OrderPart, @Loaders() loaders: RequestLoaders): Promise<OrderLine[]> {
    return loaders.get<OrderPart, OrderLine[]>('orderParts.lines', (parts) => this.parts.linesOfParts(parts)).load(part);
  }

  @ResolveField(() => Money, { description: 'What the buyer paid for this part (its goods and its share of shipping and tax).' })
  total(@Parent() part: OrderPart): Money {
    return money(part.grossMinor, part.currency);
  }

  @ResolveField(() => Money)
  refunded(@Parent() part: OrderPart): Money {
    return money(part.refundedMinor, part.currency);
  }

  @ResolveField(() => [OrderPartRefundView], { description: 'Refunds of this part, oldest first (declined ones left out).' })
  async refunds(@Parent() part: OrderPart, @Loaders() loaders: RequestLoaders): Promise<OrderPartRefundView[]> {
    const rows = await loaders.get<string, OrderPartRefund[]>('orderParts.refunds', (ids) => this.parts.refundsOfParts(ids)).load(part.id);
    return rows.map((row) => ({ id: row.id, amount: money(row.amountMinor, part.currency), status: row.status, reason: row.reason, createdAt: row.createdAt }));
  }

  @ResolveField(() => OrderPartEarnings, { nullable: true, description: 'Gross, commission and net: its seller and brand managers only (null for the buyer).' })
  earnings(@Parent() part: OrderPart, @CurrentViewer() viewer?: Viewer): OrderPartEarnings | null {
    if (!OrderPartPolicy.can(viewer, 'read_earnings', part)) return null;
    const currency = part.currency;
    return {
      gross: money(part.grossMinor, currency),
      commission: money(part.commissionMinor, currency),
      commissionBp: part.commissionBp,
      refunded: money(part.refundedMinor, currency),
      commissionRefunded: money(part.commissionRefundedMinor, currency),
      net: money(remainingNet(part), currency),
    };
  }

  @ResolveField(() => OrderPartShipTo, { nullable: true, description: 'Where to send the goods: its seller and brand managers only.' })
  async shipTo(@Parent() part: OrderPart, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<OrderPartShipTo | null> {
    if (!OrderPartPolicy.can(viewer, 'read_earnings', part)) return null;
    const order = await loaders
      .get<string, Order | null>('orderParts.order', async (ids) => {
        const orders = await this.connection.getRepository(Order).findBy({ id: In([...ids]) });
        return ids.map((id) => orders.find((o) => o.id === id) ?? null);
      })
      .load(part.orderId);
    return order && { name: order.shipName, line1: order.shipLine1, line2: order.shipLine2, postcode: order.shipPostcode, city: order.shipCity, country: order.shipCountry };
  }
}

/** An order's parts, one per seller: for whoever may read the order (its buyer, brand managers). */
@Resolver(() => Order)
export class OrderPartsOfOrderResolver {
  constructor(private readonly orderParts: OrderPartService) {}

  @ResolveField(() => [OrderPart], { description: 'The order split by seller; each part fulfilled and refunded on its own.' })
  parts(@Parent() order: Order, @Loaders() loaders: RequestLoaders): Promise<OrderPart[]> {
    return loaders.get<string, OrderPart[]>('orderParts.byOrder', (ids) => this.orderParts.partsOf(ids)).load(order.id);
  }
}

/** Who sells a product, as shoppers see it in the cart and at checkout ("Sold by …"). */
@Resolver(() => Product)
export class ProductSellerNameResolver {
  constructor(private readonly orderParts: OrderPartService) {}

  @ResolveField(() => String, { nullable: true, description: 'The vendor’s or member’s name; null for the shop’s own products.' })
  sellerName(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<string> | null {
    if (product.sellerKind === SellerKind.BRAND || !product.sellerId) return null;
    return loaders.get<string, string>('orderParts.sellerName', (keys) => this.orderParts.sellerNames(keys)).load(sellerKey(product));
  }
}

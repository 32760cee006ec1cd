import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Loaders, ManualTransactions, Money, groupByKey, money, type RequestLoaders, type Viewer, IdArg } from '@flagship/api-core';
import { Account, Member, MemberService } from '@flagship/accounts';
import { ProductImage, ProductImageService } from '@flagship/catalog';
import { PaymentService } from '@flagship/payments';
import { OrderPayment } from '../checkout/dto/checkout.input';
import { ManageOrdersArgs, OrderConnection, OrderHistoryEntry, OrderRefund, OrdersArgs, RefundOrderArgs, ShippingAddress } from './dto/order.types';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { OrderPolicy } from './order.policy';
import { OrderRefundService } from './order-refund.service';
import { OrderService } from './order.service';

@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly refunder: OrderRefundService,
    private readonly payments: PaymentService,
    private readonly members: MemberService,
  ) {}

  @Authenticated()
  @Query(() => OrderConnection, { description: 'The signed-in buyer’s orders, newest first.' })
  myOrders(@CurrentViewer() viewer: Viewer, @Args() args: OrdersArgs): Promise<OrderConnection> {
    return this.orderService.list({ ...args, accountId: viewer.accountId });
  }

  @Authenticated()
  @Guards(OrderPolicy, 'read')
  @Query(() => Order, { description: 'One order: its buyer and brand managers only.' })
  order(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Order> {
    return this.orderService.getVisible(id, viewer);
  }

  @Authenticated()
  @Guards(OrderPolicy, 'list_all')
  @Query(() => OrderConnection, { description: 'All orders, newest first, optionally in one state or found by number or buyer email.' })
  manageOrders(@Args() args: ManageOrdersArgs): Promise<OrderConnection> {
    return this.orderService.list(args);
  }

  @Authenticated()
  @Guards(OrderPolicy, 'read_buyer_account')
  @Query(() => Account, { description: 'The account that placed an order, with its email: brand managers only (the back office’s order page).' })
  orderBuyer(@CurrentViewer() viewer: Viewer, @IdArg('orderId') orderId: string): Promise<Account> {
    return this.orderService.buyerAccount(orderId, viewer);
  }

  @Authenticated()
  @Guards(OrderPolicy, 'read_history')
  @Query(() => [OrderHistoryEntry], { description: 'What happened to an order and who did it, oldest first: brand managers only.' })
  orderHistory(@CurrentViewer() viewer: Viewer, @IdArg('orderId') orderId: string): Promise<OrderHistoryEntry[]> {
    return this.orderService.history(orderId, viewer);
  }

  @Authenticated()
  @Guards(OrderPolicy, 'fulfil')
  @Mutation(() => Order)
  fulfilOrder(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Order> {
    return this.orderService.fulfil(id, viewer);
  }

  // The refund calls the payment provider, which must not happen inside a database transaction.
  @ManualTransactions()
  @Authenticated()
  @Guards(OrderPolicy, 'refund')
  @Mutation(() => Order, { description: 'Refund part or all of a paid order through the payment provider.' })
  refundOrder(@CurrentViewer() viewer: Viewer, @Args() args: RefundOrderArgs): Promise<Order> {
    return this.refunder.refund(args.orderId, args.amountMinor, args.refundKey, viewer);
  }

  @ResolveField(() => [OrderLine])
  lines(@Parent() order: Order, @Loaders() loaders: RequestLoaders): Promise<OrderLine[]> {
    return loaders
      .get<string, OrderLine[]>('orders.linesByOrder', async (ids) => groupByKey(ids, await this.orderService.linesOf(ids), (l) => l.orderId))
      .load(order.id);
  }

  @ResolveField(() => OrderPayment, { nullable: true })
  async payment(@Parent() order: Order, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer: Viewer): Promise<OrderPayment | null> {
    const payment = await loaders
      .get<string, Awaited<ReturnType<PaymentService['findByOrders']>>[number] | null>('orders.paymentByOrder', async (ids) => {
        const rows = await this.payments.findByOrders(ids);
        return ids.map((id) => rows.find((p) => p.orderId === id) ?? null);
      })
      .load(order.id);
    return payment && this.orderService.paymentView(order, payment, viewer);
  }

  @ResolveField(() => Member, { description: 'Who placed it, as everyone sees them (their public profile).' })
  async buyer(@Parent() order: Order, @Loaders() loaders: RequestLoaders): Promise<Member> {
    // Accounts are not deleted today; when trust and safety removes one, its orders stay, unsigned.
    return (await this.members.load(loaders, order.accountId)) ?? formerMember(order.accountId, order.createdAt);
  }

  @ResolveField(() => [OrderRefund], { description: 'Refunds of its payment, oldest first, whatever their status.' })
  refunds(@Parent() order: Order, @Loaders() loaders: RequestLoaders, @CurrentViewer() viewer?: Viewer): Promise<OrderRefund[]> {
    // Keyed by the order itself: whether the viewer may see who asked for a refund is decided per order.
    return loaders.get<Order, OrderRefund[]>('orders.refundsByOrder', (orders) => this.orderService.refundsOf(orders, viewer)).load(order);
  }

  @ResolveField(() => ShippingAddress)
  shippingAddress(@Parent() order: Order): ShippingAddress {
    return { name: order.shipName, line1: order.shipLine1, line2: order.shipLine2, city: order.shipCity, postcode: order.shipPostcode, country: order.shipCountry };
  }

  @ResolveField(() => Money)
  subtotal(@Parent() order: Order): Money {
    return money(order.subtotalMinor, order.currency);
  }

  @ResolveField(() => Money)
  shipping(@Parent() order: Order): Money {
    return money(order.shippingMinor, order.currency);
  }

  @ResolveField(() => Money)
  tax(@Parent() order: Order): Money {
    return money(order.taxMinor, order.currency);
  }

  @ResolveField(() => Money)
  total(@Parent() order: Order): Money {
    return money(order.totalMinor, order.currency);
  }

  @ResolveField(() => Money)
  refunded(@Parent() order: Order): Money {
    return money(order.refundedMinor, order.currency);
  }
}

@Resolver(() => OrderRefund)
export class OrderRefundResolver {
  constructor(private readonly members: MemberService) {}

  @ResolveField(() => Money)
  amount(@Parent() refund: OrderRefund): Money {
    return money(refund.amountMinor, refund.currency);
  }

  @ResolveField(() => Member, { nullable: true, description: 'The brand manager who asked for it: shown to brand managers; null to others and for the platform’s automatic refunds.' })
  async requestedBy(@Parent() refund: OrderRefund, @Loaders() loaders: RequestLoaders): Promise<Member | null> {
    return refund.requestedById ? ((await this.members.load(loaders, refund.requestedById)) ?? formerMember(refund.requestedById, refund.createdAt)) : null;
  }
}

@Resolver(() => OrderHistoryEntry)
export class OrderHistoryEntryResolver {
  constructor(private readonly members: MemberService) {}

  @ResolveField(() => Money, { nullable: true, description: 'The money it moved (the total paid, the amount refunded), if any.' })
  amount(@Parent() entry: OrderHistoryEntry): Money | null {
    return entry.amountMinor === null || entry.currency === null ? null : money(entry.amountMinor, entry.currency);
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who did it; null for the platform itself (a job, the payment provider).' })
  async actor(@Parent() entry: OrderHistoryEntry, @Loaders() loaders: RequestLoaders): Promise<Member | null> {
    return entry.actorId ? ((await this.members.load(loaders, entry.actorId)) ?? formerMember(entry.actorId, entry.occurredAt)) : null;
  }
}

/** Someone whose account is gone: the record stays, unsigned. */
const formerMember = (id: string, since: Date): Member => ({ id, displayName: 'Former member', avatarUrl: null, bio: null, joinedAt: since });

@Resolver(() => OrderLine)
export class OrderLineResolver {
  constructor(private readonly productImages: ProductImageService) {}

  @ResolveField(() => ProductImage, { nullable: true, description: 'The product’s main photo as it is now (none when it has none).' })
  image(@Parent() line: OrderLine, @Loaders() loaders: RequestLoaders): Promise<ProductImage | null> {
    return this.productImages.mainPhoto(loaders, line.productId);
  }

  @ResolveField(() => Money)
  unitPrice(@Parent() line: OrderLine): Money {
    return money(line.unitPriceMinor, line.currency);
  }

  @ResolveField(() => Money)
  lineTotal(@Parent() line: OrderLine): Money {
    return money(line.lineTotalMinor, line.currency);
  }
}

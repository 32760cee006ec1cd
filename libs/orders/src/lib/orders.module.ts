import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CartModule } from '@flagship/cart';
import { CatalogModule } from '@flagship/catalog';
import { PaymentsModule } from '@flagship/payments';
import { AddressBookResolver } from './address-book/address-book.resolver';
import { AddressBookService } from './address-book/address-book.service';
import { CheckoutPricing } from './checkout/checkout-pricing';
import { CheckoutQuoteService } from './checkout/checkout-quote.service';
import { CheckoutResolver } from './checkout/checkout.resolver';
import { CheckoutService } from './checkout/checkout.service';
import { OrderPaymentReactions } from './order/order-payment-reactions';
import { OrderRefundService } from './order/order-refund.service';
import { OrderHistoryEntryResolver, OrderLineResolver, OrderRefundResolver, OrderResolver } from './order/order.resolver';
import { OrderService } from './order/order.service';
import { UnhonouredPaymentRefunds } from './order/unhonoured-payment-refunds';
import { ReservationExpiryService } from './reservation/reservation-expiry.service';
import { ShippingResolver } from './shipping/shipping.resolver';
import { ShippingService } from './shipping/shipping.service';
import { TaxResolver } from './tax/tax.resolver';
import { TaxService } from './tax/tax.service';

/** Orders, checkout, shipping and tax, and members' address books. Imported by every module that uses it (reviews: verified purchases). */
@Module({
  imports: [CatalogModule, CartModule, PaymentsModule, AccountsModule],
  providers: [
    OrderService,
    OrderPaymentReactions,
    UnhonouredPaymentRefunds,
    OrderRefundService,
    OrderResolver,
    OrderLineResolver,
    CheckoutPricing,
    OrderRefundResolver,
    OrderHistoryEntryResolver,
    CheckoutService,
    CheckoutQuoteService,
    CheckoutResolver,
    AddressBookService,
    AddressBookResolver,
    ShippingService,
    ShippingResolver,
    TaxService,
    TaxResolver,
    ReservationExpiryService,
  ],
  exports: [ShippingService, TaxService, OrderService, ReservationExpiryService],
})
export class OrdersModule {}

import { Module, type DynamicModule } from '@nestjs/common';
import { CartModule } from '@flagship/cart';
import { CatalogModule } from '@flagship/catalog';
import { CheckoutResolver } from './checkout/checkout.resolver';
import { CheckoutService } from './checkout/checkout.service';
import { OrderRefundService } from './order/order-refund.service';
import { OrderLineResolver, OrderResolver } from './order/order.resolver';
import { OrderService } from './order/order.service';
import { ORDERS_OPTIONS, type OrdersOptions } from './orders.options';
import { ReservationExpiryService } from './reservation/reservation-expiry.service';
import { ShippingResolver } from './shipping/shipping.resolver';
import { ShippingService } from './shipping/shipping.service';
import { TaxResolver } from './tax/tax.resolver';
import { TaxService } from './tax/tax.service';

/** Orders, checkout, shipping and tax. Needs PaymentsModule (global) for taking money. */
@Module({})
export class OrdersModule {
  static forRoot(options: OrdersOptions = { reservationScale: 1 }): DynamicModule {
    return {
      module: OrdersModule,
      // Global: configured once by the app; other domains (reviews) use OrderService.
      global: true,
      imports: [CatalogModule, CartModule],
      providers: [
        { provide: ORDERS_OPTIONS, useValue: options },
        OrderService,
        OrderRefundService,
        OrderResolver,
        OrderLineResolver,
        CheckoutService,
        CheckoutResolver,
        ShippingService,
        ShippingResolver,
        TaxService,
        TaxResolver,
        ReservationExpiryService,
      ],
      exports: [ShippingService, TaxService, OrderService, ReservationExpiryService],
    };
  }
}

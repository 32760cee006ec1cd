export { OrdersModule } from './lib/orders.module';
export { OrderEvents } from './lib/orders.events';
export { Order } from './lib/order/order.entity';
export { OrderStatus, ORDER_TRANSITIONS, canTransition } from './lib/order/order-status';
export { OrderService } from './lib/order/order.service';
export { OrderPaymentReactions } from './lib/order/order-payment-reactions';
export { ShippingService } from './lib/shipping/shipping.service';
export { TaxService } from './lib/tax/tax.service';
export { ReservationExpiryService, EXPIRE_RESERVATIONS_JOB } from './lib/reservation/reservation-expiry.service';
export { CheckoutService } from './lib/checkout/checkout.service';
import { OrderLine } from './lib/order/order-line.entity';
import { Order } from './lib/order/order.entity';
import { ShippingMethod } from './lib/shipping/shipping-method.entity';
import { ShopSettings } from './lib/tax/shop-settings.entity';
import { TaxRate } from './lib/tax/tax-rate.entity';
import { CreateOrders1763900000700 } from './migrations/1763900000700-create-orders';

export const ordersEntities = [Order, OrderLine, ShippingMethod, TaxRate, ShopSettings];
export const ordersMigrations = [CreateOrders1763900000700];

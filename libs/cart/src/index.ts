export { CartModule } from './lib/cart.module';
export { CartService } from './lib/cart.service';
export { Cart, CartItem, CartLineInput, MAX_LINE_QUANTITY } from './lib/dto/cart.types';
import { CartLine } from './lib/cart-line.entity';
import { CreateCart1763900000500 } from './migrations/1763900000500-create-cart';
import { CartLineBooking1765100000100 } from './migrations/1765100000100-cart-line-booking';

export const cartEntities = [CartLine];
export const cartMigrations = [CreateCart1763900000500, CartLineBooking1765100000100];

import { Module } from '@nestjs/common';
import { CatalogModule } from '@flagship/catalog';
import { CartItemResolver } from './cart-item.resolver';
import { CartResolver } from './cart.resolver';
import { CartService } from './cart.service';

@Module({
  imports: [CatalogModule],
  providers: [CartService, CartResolver, CartItemResolver],
  exports: [CartService],
})
export class CartModule {}

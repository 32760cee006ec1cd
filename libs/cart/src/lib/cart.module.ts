import { Module } from '@nestjs/common';
import { CatalogModule } from '@flagship/catalog';
import { CartResolver } from './cart.resolver';
import { CartService } from './cart.service';

@Module({
  imports: [CatalogModule],
  providers: [CartService, CartResolver],
  exports: [CartService],
})
export class CartModule {}

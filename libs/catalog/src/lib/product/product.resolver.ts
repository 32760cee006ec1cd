import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@flagship/api-core';
import { ProductsArgs } from './dto/products.args';
import { Product } from './product.entity';
import { ProductService } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Public()
  @Query(() => [Product], { description: 'Published products, newest first.' })
  products(@Args() args: ProductsArgs): Promise<Product[]> {
    return this.productService.listPublished(args.first);
  }
}

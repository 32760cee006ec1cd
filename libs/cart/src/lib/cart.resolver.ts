import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Public, type Viewer } from '@flagship/api-core';
import { ProductPolicy } from '@flagship/catalog';
import { CartService } from './cart.service';
import { AddToCartArgs, Cart, CartLinesArgs, SetCartQuantityArgs } from './dto/cart.types';

@Resolver(() => Cart)
export class CartResolver {
  constructor(private readonly carts: CartService) {}

  @Authenticated()
  @Query(() => Cart, { description: 'The signed-in shopper’s cart.' })
  cart(@CurrentViewer() viewer: Viewer): Promise<Cart> {
    return this.carts.get(viewer);
  }

  @Public()
  @Guards(ProductPolicy, 'buy')
  @Query(() => Cart, { description: 'Prices a cart kept in the browser (signed-out visitors).' })
  cartPreview(@Args() { lines }: CartLinesArgs, @CurrentViewer() viewer?: Viewer): Promise<Cart> {
    return this.carts.preview(viewer, lines);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Cart)
  addToCart(@CurrentViewer() viewer: Viewer, @Args() { variantId, quantity }: AddToCartArgs): Promise<Cart> {
    return this.carts.add(viewer, variantId, quantity);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Cart, { description: 'Set a line’s quantity; 0 removes it.' })
  setCartQuantity(@CurrentViewer() viewer: Viewer, @Args() { variantId, quantity }: SetCartQuantityArgs): Promise<Cart> {
    return this.carts.setQuantity(viewer, variantId, quantity);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Cart, { description: 'Fold the cart kept in the browser into the account, at sign-in.' })
  mergeCart(@CurrentViewer() viewer: Viewer, @Args() { lines }: CartLinesArgs): Promise<Cart> {
    return this.carts.merge(viewer, lines);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Cart, { description: 'Add several lines at once (a build’s or guide’s parts list): quantities add up; what is no longer sold is left out.' })
  addItemsToCart(@CurrentViewer() viewer: Viewer, @Args() { lines }: CartLinesArgs): Promise<Cart> {
    return this.carts.addMany(viewer, lines);
  }
}

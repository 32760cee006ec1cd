import { AddToCart } from '@/features/cart/components/AddToCart';
import { ProductPage } from '@/features/catalog/components/ProductPage';

/** A catalog product page, bought through the cart's "Add to cart". */
export function Component() {
  return (
    <ProductPage
      purchase={(product, variant) => <AddToCart key={variant.id} variantId={variant.id} stock={variant.stock} label={`${product.name} (${variant.name})`} />}
    />
  );
}

import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Prefetchable, Public, selectedFields, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { CatalogLoaders } from '../catalog.loaders';
import { Category } from '../category/category.entity';
import { SizeGuide } from '../details/size-guide';
import { ProductImage } from '../image/product-image.entity';
import { RelatedProductsService } from '../related/related-products.service';
import { ProductVariant } from '../variant/product-variant.entity';
import { ProductConnection } from './dto/product-connection';
import { CreateProductInput, ManageProductsArgs, ProductsArgs, RelatedProductsArgs, UpdateProductInput } from './dto/product.inputs';
import { OfferKind, Product, ProductStatus } from './product.entity';
import { ProductListingService } from './product-listing.service';
import { ProductService } from './product.service';
import { ProductPolicy } from './product.policy';

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly listing: ProductListingService,
    private readonly productService: ProductService,
    private readonly loaders: CatalogLoaders,
    private readonly relatedProducts: RelatedProductsService,
  ) {}

  @Public()
  @Guards(ProductPolicy, 'browse')
  @Query(() => ProductConnection, { description: 'Published products: filter, sort and page with `after`.' })
  async products(@Args() args: ProductsArgs, @Info() info: GraphQLResolveInfo): Promise<ProductConnection> {
    const selected = selectedFields(info, ['nodes']);
    // The shop lists goods unless asked for services or used items (decision 0035).
    const page = await this.listing.list({ ...args, filter: { ...args.filter, offerKind: args.filter?.offerKind ?? OfferKind.GOODS }, status: ProductStatus.PUBLISHED, withCategory: selected.has('category'), fields: selected });
    await this.loaders.withRelations(page.nodes, selected, selectedFields(info, ['nodes', 'variants']));
    return page;
  }

  @Public()
  @Query(() => Product, { nullable: true, description: 'A published product (brand managers also see drafts).' })
  product(@Args('slug') slug: string, @CurrentViewer() viewer?: Viewer): Promise<Product | null> {
    return this.productService.findBySlug(slug, viewer);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'list_all')
  @Query(() => ProductConnection, { description: 'Every product in any state, for managing the catalog.' })
  async manageProducts(@Args() args: ManageProductsArgs, @Info() info: GraphQLResolveInfo): Promise<ProductConnection> {
    const selected = selectedFields(info, ['nodes']);
    const page = await this.listing.list({ ...args, withCategory: selected.has('category'), fields: selected });
    await this.loaders.withRelations(page.nodes, selected, selectedFields(info, ['nodes', 'variants']));
    return page;
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Product, { description: 'Create a product as a draft, with its variants.' })
  createProduct(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProductInput): Promise<Product> {
    return this.productService.create(viewer, input);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Product)
  updateProduct(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateProductInput): Promise<Product> {
    return this.productService.update(viewer, id, input);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Product, { description: 'Publish, unpublish (DRAFT) or archive a product.' })
  setProductStatus(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('status', { type: () => ProductStatus }) status: ProductStatus): Promise<Product> {
    return this.productService.setStatus(viewer, id, status);
  }

  @Prefetchable()
  @ResolveField(() => Category)
  category(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<Category | null> {
    return this.loaders.category(loaders, product.categoryId);
  }

  @Prefetchable()
  @ResolveField(() => [ProductVariant])
  variants(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<ProductVariant[]> {
    return this.loaders.variants(loaders, product.id);
  }

  @Public()
  @ResolveField(() => [Product], { description: 'Published products to look at next: its own category first, then the rest of the shop; never itself.' })
  related(@Parent() product: Product, @Args() args: RelatedProductsArgs, @Loaders() loaders: RequestLoaders): Promise<Product[]> {
    return this.relatedProducts.load(loaders, product.id, args.first);
  }

  @ResolveField(() => SizeGuide, { nullable: true, description: "Which size fits whom: its category's size guide." })
  async sizeGuide(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<SizeGuide | null> {
    return (await this.loaders.category(loaders, product.categoryId))?.sizeGuide ?? null;
  }

  @Prefetchable()
  @ResolveField(() => [ProductImage])
  images(@Parent() product: Product, @Loaders() loaders: RequestLoaders): Promise<ProductImage[]> {
    return this.loaders.images(loaders, product.id);
  }
}

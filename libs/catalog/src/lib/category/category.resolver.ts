import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { CatalogLoaders } from '../catalog.loaders';
import { SizeGuide } from '../details/size-guide';
import { Category } from './category.entity';
import { CategoryPolicy } from './category.policy';
import { CategoryService } from './category.service';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/create-category.input';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(
    private readonly categoryService: CategoryService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => [Category], { description: 'Shop departments, in navigation order.' })
  categories(): Promise<Category[]> {
    return this.categoryService.list();
  }

  @Authenticated()
  @Guards(CategoryPolicy, 'manage')
  @Mutation(() => Category)
  createCategory(@Args('input') input: CreateCategoryInput): Promise<Category> {
    return this.categoryService.create(input);
  }

  @Authenticated()
  @Guards(CategoryPolicy, 'manage')
  @Mutation(() => Category, { description: 'Change a category: name, slug, position, size guide (null removes it).' })
  updateCategory(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateCategoryInput): Promise<Category> {
    return this.categoryService.update(viewer, id, input);
  }

  @ResolveField(() => SizeGuide, { nullable: true, description: 'Which size fits whom; its products show it.' })
  async sizeGuide(@Parent() category: Category, @Loaders() loaders: RequestLoaders): Promise<SizeGuide | null> {
    // A category joined to a catalog page comes without it (the page rarely asks): load it by id then.
    if (category.sizeGuide !== undefined) return category.sizeGuide;
    return (await this.loaders.category(loaders, category.id))?.sizeGuide ?? null;
  }
}

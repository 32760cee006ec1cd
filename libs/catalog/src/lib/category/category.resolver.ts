import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Guards, Public } from '@flagship/api-core';
import { Category } from './category.entity';
import { CategoryPolicy } from './category.policy';
import { CategoryService } from './category.service';
import { CreateCategoryInput } from './dto/create-category.input';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly categoryService: CategoryService) {}

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
}

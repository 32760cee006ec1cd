import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Public, type Viewer } from '@flagship/api-core';
import { Brand, BrandHero, heroOf } from './brand.entity';
import { BrandPolicy } from './brand.policy';
import { BrandService } from './brand.service';
import { UpdateBrandInput } from './dto/update-brand.input';

@Resolver(() => Brand)
export class BrandResolver {
  constructor(private readonly brands: BrandService) {}

  @Public()
  @Query(() => Brand, { nullable: true, description: 'The brand this platform belongs to.' })
  brand(): Promise<Brand | null> {
    return this.brands.current();
  }

  @Authenticated()
  @Guards(BrandPolicy, 'manage')
  @Mutation(() => Brand, { description: "Change the brand's name, tagline, colours or home hero (brand managers). Records brand.updated." })
  updateBrand(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBrandInput): Promise<Brand> {
    return this.brands.update(viewer, input);
  }

  @ResolveField(() => BrandHero)
  hero(@Parent() brand: Brand): BrandHero {
    return heroOf(brand);
  }
}

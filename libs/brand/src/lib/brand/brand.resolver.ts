import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@flagship/api-core';
import { Brand } from './brand.entity';
import { BrandService } from './brand.service';

@Resolver(() => Brand)
export class BrandResolver {
  constructor(private readonly brands: BrandService) {}

  @Public()
  @Query(() => Brand, { nullable: true, description: 'The brand this platform belongs to.' })
  brand(): Promise<Brand | null> {
    return this.brands.current();
  }
}

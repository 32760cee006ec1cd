import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { Brand } from './brand.entity';

export type BrandProfile = Pick<Brand, 'slug' | 'name' | 'tagline' | 'currency'>;

@Injectable()
export class BrandService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The platform's brand; null until the platform is set up (or seeded). */
  current(): Promise<Brand | null> {
    return this.connection.getRepository(Brand).findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  /** Creates the brand profile unless one with this slug exists; an existing one is left as it is. */
  async ensure(profile: BrandProfile): Promise<Brand> {
    const brands = this.connection.getRepository(Brand);
    await brands.createQueryBuilder().insert().values(profile).orIgnore().execute();
    return brands.findOneByOrFail({ slug: profile.slug });
  }
}

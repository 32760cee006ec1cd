import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, slugify } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { Category } from './category.entity';
import type { CreateCategoryInput } from './dto/create-category.input';

@Injectable()
export class CategoryService {
  constructor(private readonly connection: TransactionalConnection) {}

  list(): Promise<Category[]> {
    return this.connection.getRepository(Category).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Category[]> {
    return this.connection.getRepository(Category).findBy({ id: In([...ids]) });
  }

  findBySlug(slug: string): Promise<Category | null> {
    return this.connection.getRepository(Category).findOneBy({ slug });
  }

  /** The category with this slug, created if missing (existing ones are left as they are). */
  async ensure(input: { slug: string; name: string; position?: number }): Promise<Category> {
    const categories = this.connection.getRepository(Category);
    await categories.createQueryBuilder().insert().values({ position: 0, ...input }).orIgnore().execute();
    return categories.findOneByOrFail({ slug: input.slug });
  }

  async create(input: CreateCategoryInput): Promise<Category> {
    const slug = input.slug ?? slugify(input.name);
    const categories = this.connection.getRepository(Category);
    const inserted = await categories
      .createQueryBuilder()
      .insert()
      .values({ slug, name: input.name, position: input.position ?? 0 })
      .orIgnore()
      .returning('*')
      .execute();
    if (!inserted.raw.length) throw new DomainError(ErrorCode.CONFLICT, `A category with the slug "${slug}" exists already`, 'slug');
    return categories.findOneByOrFail({ slug });
  }
}

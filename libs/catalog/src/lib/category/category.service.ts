import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, slugify, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { toSizeGuide, type SizeGuide } from '../details/size-guide';
import { Category } from './category.entity';
import { CategoryPolicy } from './category.policy';
import type { CreateCategoryInput, UpdateCategoryInput } from './dto/create-category.input';

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
  async ensure(input: { slug: string; name: string; position?: number; sizeGuide?: SizeGuide | null }): Promise<Category> {
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
      .values({ slug, name: input.name, position: input.position ?? 0, sizeGuide: input.sizeGuide ? toSizeGuide(input.sizeGuide) : null })
      .orIgnore()
      .returning('*')
      .execute();
    if (!inserted.raw.length) throw slugTaken(slug);
    return categories.findOneByOrFail({ slug });
  }

  /** Renames, moves or re-slugs a category, or sets or removes (null) its size guide. */
  async update(viewer: Viewer, id: string, input: UpdateCategoryInput): Promise<Category> {
    for (const field of ['name', 'slug', 'position'] as const) if (input[field] === null) throw badInput(field, 'This cannot be empty');
    const categories = this.connection.getRepository(Category);
    const category = CategoryPolicy.authorize(viewer, 'manage', await categories.findOneBy({ id }));
    if (input.slug && input.slug !== category.slug && (await categories.existsBy({ slug: input.slug }))) throw slugTaken(input.slug);
    const { sizeGuide, ...fields } = input;
    const changes = { ...fields, ...(sizeGuide !== undefined ? { sizeGuide: sizeGuide && toSizeGuide(sizeGuide) } : {}) };
    if (Object.keys(changes).length) await categories.update({ id }, changes);
    return categories.findOneByOrFail({ id });
  }
}

const slugTaken = (slug: string) => new DomainError(ErrorCode.CONFLICT, `A category with the slug "${slug}" exists already`, 'slug');

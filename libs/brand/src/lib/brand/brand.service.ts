import { Injectable } from '@nestjs/common';
import { badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { BrandEvents, type BRAND_SETTINGS } from '../brand.events';
import { brandColourProblem } from './brand-colour';
import { Brand } from './brand.entity';
import { BrandPolicy } from './brand.policy';
import type { UpdateBrandInput } from './dto/update-brand.input';

export type BrandProfile = Pick<Brand, 'slug' | 'name' | 'tagline' | 'currency'> & Partial<Pick<Brand, 'primaryColor' | 'accentColor' | 'heroEyebrow' | 'heroTitle' | 'heroText' | 'heroCtaLabel' | 'heroCtaHref'>>;

type BrandSetting = (typeof BRAND_SETTINGS)[number];

const HERO_COLUMNS = { eyebrow: 'heroEyebrow', title: 'heroTitle', text: 'heroText', ctaLabel: 'heroCtaLabel', ctaHref: 'heroCtaHref' } as const;

@Injectable()
export class BrandService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

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

  /**
   * A brand manager's change to the brand's settings. Colours must stand out on the page (see
   * brandColourProblem); a field sent as null is refused (empty text hides the eyebrow, title or
   * text; the name and colours cannot be emptied). Records `brand.updated` naming what changed, or
   * nothing when nothing did. The row is locked so two managers' saves apply one after the other.
   */
  async update(viewer: Viewer, input: UpdateBrandInput): Promise<Brand> {
    const brands = this.connection.getRepository(Brand);
    const brand = await brands.createQueryBuilder('brand').setLock('pessimistic_write').orderBy('brand.created_at', 'ASC').limit(1).getOne();
    BrandPolicy.authorize(viewer, 'manage', brand, { field: 'input', message: 'There is no brand to change yet' });
    const current = brand!;

    const changes: Partial<Brand> = {};
    for (const field of ['name', 'tagline'] as const) {
      const value = input[field];
      if (value === null) throw badInput(field, 'This cannot be empty');
      if (value !== undefined) changes[field] = value;
    }
    for (const [field, what] of [['primaryColor', 'primary colour'], ['accentColor', 'accent colour']] as const) {
      const value = input[field];
      if (value === undefined) continue;
      const hex = typeof value === 'string' ? value.toLowerCase() : '';
      const problem = brandColourProblem(hex, what);
      if (problem) throw badInput(field, problem);
      changes[field] = hex;
    }
    if (input.hero === null) throw badInput('hero', 'This cannot be empty');
    for (const [field, column] of Object.entries(HERO_COLUMNS) as [keyof typeof HERO_COLUMNS, (typeof HERO_COLUMNS)[keyof typeof HERO_COLUMNS]][]) {
      const value = input.hero?.[field];
      if (value === null) throw badInput(`hero.${field}`, 'This cannot be empty');
      if (value !== undefined) changes[column] = value;
    }

    const changed = new Set<BrandSetting>();
    for (const [column, value] of Object.entries(changes) as [keyof Brand, string][]) {
      if (current[column] === value) continue;
      changed.add(column.startsWith('hero') ? 'hero' : (column as BrandSetting));
    }
    if (changed.size === 0) return current;

    await brands.update({ id: current.id }, changes);
    await this.events.record(BrandEvents.updated, { actorId: viewer.accountId, subjectId: current.id, payload: { changed: [...changed] } });
    return brands.findOneByOrFail({ id: current.id });
  }
}

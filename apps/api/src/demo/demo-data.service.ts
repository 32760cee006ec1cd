import { Injectable, Logger } from '@nestjs/common';
import { AccountService, MemberService, OrganisationKind, OrganisationService, RoleService, SessionService } from '@flagship/accounts';
import { Role } from '@flagship/api-core';
import { BrandImageService, BrandImageSlot, BrandService } from '@flagship/brand';
import { CategoryService, ProductImageService, ProductService, ProductStatus } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { MediaAssetService, PIPELINE_VERSION, renderSvg } from '@flagship/media';
import { ShippingService, TaxService } from '@flagship/orders';
import { seedDemoAvatars } from './community/avatars';
import { AdviceDemo } from './community/advice-demo';
import { DemoInteractions } from './community/interactions';
import { RouteService } from '@flagship/community';
import { seedDemoRoutes } from './community/demo-routes';
import { DemoBuilds } from './community/builds';
import { DemoGuides } from './community/demo-guides';
import { DemoImageRenderer } from './demo-image-renderer';
import { MarketplaceDemo } from './marketplace/marketplace-demo';
import { DEMO_BRAND_IMAGES, DEMO_PRODUCT_IMAGES } from './demo-images';
import { DEMO_ABOUT, DEMO_SIZE_GUIDES, DEMO_SPECS } from './ridgeline-details';
import { DEMO_ACCOUNTS, DEMO_CATEGORIES, DEMO_PASSWORD, DEMO_PRODUCTS, DEMO_SHIPPING_METHODS, DEMO_TAX_RATES, DEMO_VENDORS, RIDGELINE_BRAND } from './ridgeline-cycles';

export interface DemoLogin {
  email: string;
  password: string;
  /** The strongest role held, for the printed list. */
  role: string;
  displayName: string;
}

/**
 * Creates the Ridgeline Cycles demo through the domains' own services, in one transaction, recording
 * what they record: the platform grants the demo's people their roles (its first brand manager had
 * nobody to grant hers) and creates the vendors; the brand manager, Maya, creates the catalog, under
 * the same rules as in the back office.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);
  private readonly renderer = new DemoImageRenderer(renderSvg, PIPELINE_VERSION);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly brands: BrandService,
    private readonly categories: CategoryService,
    private readonly products: ProductService,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly roles: RoleService,
    private readonly sessions: SessionService,
    private readonly shipping: ShippingService,
    private readonly tax: TaxService,
    private readonly productImages: ProductImageService,
    private readonly brandImages: BrandImageService,
    private readonly assets: MediaAssetService,
    private readonly members: MemberService,
    private readonly adviceDemo: AdviceDemo,
    private readonly demoInteractions: DemoInteractions,
    private readonly routes: RouteService,
    private readonly demoBuilds: DemoBuilds,
    private readonly demoGuides: DemoGuides,
    private readonly marketplaceDemo: MarketplaceDemo,
  ) {}

  /**
   * Adds whatever part of the demo is missing and never changes what exists; running it twice changes
   * nothing. Product and brand pictures are drawn and rendered through the media pipeline (decision 0020).
   */
  seed(): Promise<DemoLogin[]> {
    return this.connection.withTransaction(async () => {
      const brand = await this.brands.ensure(RIDGELINE_BRAND);
      for (const { email, displayName, roles } of DEMO_ACCOUNTS) {
        if (await this.accounts.findByEmail(email)) continue;
        const account = await this.accounts.create({ email, displayName, password: DEMO_PASSWORD });
        for (const role of roles) await this.roles.grantByPlatform(account.id, role);
      }
      for (const vendor of DEMO_VENDORS) {
        if (await this.organisations.findByName(OrganisationKind.VENDOR, vendor.name)) continue;
        const owner = (await this.accounts.findByEmail(vendor.ownerEmail))!;
        await this.organisations.create(null, { kind: OrganisationKind.VENDOR, name: vendor.name, ownerAccountId: owner.id });
      }
      const manager = await this.sessions.viewerOf((await this.accounts.findByEmail(DEMO_ACCOUNTS[0].email))!.id);
      const categoryIds = new Map<string, string>();
      for (const category of DEMO_CATEGORIES) {
        categoryIds.set(category.slug, (await this.categories.ensure({ ...category, sizeGuide: DEMO_SIZE_GUIDES[category.slug] ?? null })).id);
      }
      for (const demo of DEMO_PRODUCTS) {
        if (await this.products.existsWithSlug(demo.slug)) continue;
        const product = await this.products.create(manager, {
          slug: demo.slug,
          name: demo.name,
          description: [demo.description, DEMO_ABOUT[demo.slug]].filter(Boolean).join('\n\n'),
          specs: (DEMO_SPECS[demo.slug] ?? []).map(([label, value]) => ({ label, value })),
          categoryId: categoryIds.get(demo.category)!,
          currency: brand.currency,
          variants: demo.variants.map((variant, i) => ({ sku: `${demo.slug}-${i + 1}`.toUpperCase().slice(0, 40), ...variant })),
        });
        await this.products.setStatus(manager, product.id, ProductStatus.PUBLISHED);
      }
      // The drawings of each demo product that has no photo (a demo seeded before there were any gets them too).
      for (const demo of DEMO_PRODUCTS) {
        const product = await this.products.findBySlug(demo.slug, manager);
        if (!product || (await this.productImages.hasPhotos(product.id))) continue;
        for (const image of DEMO_PRODUCT_IMAGES[demo.slug] ?? []) {
          await this.productImages.add(manager, product.id, await this.renderer.render(image.draw()), image.alt);
        }
      }
      for (const [slot, image] of [[BrandImageSlot.LOGO, DEMO_BRAND_IMAGES.logo], [BrandImageSlot.HERO, DEMO_BRAND_IMAGES.hero]] as const) {
        if (!(await this.brandImages.has(slot))) await this.brandImages.set(manager, slot, await this.renderer.render(image.draw()), image.alt);
      }
      if ((await this.tax.rates()).length === 0) {
        for (const [country, rateBp] of Object.entries(DEMO_TAX_RATES)) await this.tax.setRate(country, rateBp);
      }
      if ((await this.shipping.list(true)).length === 0) {
        for (const method of DEMO_SHIPPING_METHODS) await this.shipping.create({ ...method, currency: brand.currency, active: true });
      }
      await seedDemoAvatars({ accounts: this.accounts, sessions: this.sessions, assets: this.assets, members: this.members }, (svg) => this.renderer.render(svg));
      await this.demoBuilds.seed(manager);
      await seedDemoRoutes(this.routes, this.accounts, this.sessions, { media: this.assets, render: (svg) => this.renderer.render(svg) });
      await this.demoGuides.seed(this.renderer);
      await this.adviceDemo.seed();
      // The community's conversation last, on whatever the kinds' demos published.
      await this.demoInteractions.seed();
      // The marketplace last: vendors, their listings and bookings, the used-items market, payouts.
      await this.marketplaceDemo.seed();
      return demoLogins();
    });
  }

  /** Seeds only a brand-new platform (no brand yet), so a real deployment is never touched. */
  async seedIfEmpty(): Promise<DemoLogin[] | undefined> {
    if (await this.brands.current()) return undefined;
    const logins = await this.seed();
    this.logger.log('Empty database: created the Ridgeline Cycles demo');
    return logins;
  }
}

export function demoLogins(): DemoLogin[] {
  return DEMO_ACCOUNTS.map(({ email, roles, displayName }) => ({ email, password: DEMO_PASSWORD, role: roles[0] ?? Role.CONSUMER, displayName }));
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const rows = logins.map((l) => `  ${l.role.padEnd(14)} ${l.email.padEnd(34)} ${l.password}   (${l.displayName})`);
  return ['Demo logins:', ...rows].join('\n');
}

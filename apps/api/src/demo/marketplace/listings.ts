import { Injectable } from '@nestjs/common';
import { AccountService, OrganisationKind, OrganisationService, SessionService } from '@flagship/accounts';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { ListingEditService, ListingPhotoService, ListingService } from '@flagship/marketplace';
import { MediaAssetService, PIPELINE_VERSION, renderSvg } from '@flagship/media';
import { DemoImageRenderer } from '../demo-image-renderer';
import { DEMO_ACCOUNTS } from '../ridgeline-cycles';
import { chainWax, chamoisTube, pressureMappedSaddle, pressureSaddleSide, tubelessKit } from './listing-art';

interface DemoListing {
  vendor: string;
  title: string;
  category: string;
  description: string;
  specs: [string, string][];
  variants: { name: string; size?: string; priceMinor: number; stock: number }[];
  images: { alt: string; draw: () => string }[];
  /** APPROVED (default), left PENDING_REVIEW, or approved with a price revision waiting. */
  state?: 'pending' | { revisionPriceMinor: number };
}

/** The demo vendors' goods (decision 0038): four on sale, one with a new price waiting, one waiting for its first review. */
export const DEMO_LISTINGS: DemoListing[] = [
  {
    vendor: 'VeloFit Studio',
    title: 'Pressure-Mapped Saddle',
    category: 'parts',
    description:
      'Shaped from two thousand pressure maps taken in our fitting studio: a deep relief channel where the map runs hot, a flat rear for moving back on climbs. Choose the width your sit bones need; we measure them free in the studio.',
    specs: [['Weight', '238 g'], ['Rails', 'Hollow titanium, 7 mm'], ['Length', '250 mm']],
    variants: [
      { name: '143 mm', size: '143 mm', priceMinor: 139_00, stock: 6 },
      { name: '155 mm', size: '155 mm', priceMinor: 139_00, stock: 8 },
    ],
    images: [
      { alt: 'The saddle from above with its pressure map laid over it: warm around the relief channel, cool at the edges', draw: pressureMappedSaddle },
      { alt: 'The pressure-mapped saddle from the side, on its seat post', draw: pressureSaddleSide },
    ],
  },
  {
    vendor: 'VeloFit Studio',
    title: 'Chamois Cream, 150 ml',
    category: 'parts',
    description: 'A non-greasy anti-chafing cream with shea butter and tea tree, for long days in the saddle. Washes out of chamois pads at 30 °C.',
    specs: [['Volume', '150 ml'], ['Scent', 'Unscented']],
    variants: [{ name: '150 ml tube', priceMinor: 16_50, stock: 40 }],
    images: [{ alt: 'A white tube of chamois cream with a green band, lying on its side', draw: () => chamoisTube('#5a7d4f', 'CHAMOIS') }],
  },
  {
    vendor: 'VeloFit Studio',
    title: 'Chamois Cream Travel Sachets, 10 pack',
    category: 'parts',
    description: 'The same cream in ten single-ride sachets for the jersey pocket.',
    specs: [['Contents', '10 × 10 ml']],
    variants: [{ name: '10 sachets', priceMinor: 12_00, stock: 30 }],
    images: [{ alt: 'A small tube of chamois cream with an orange band, the travel size', draw: () => chamoisTube('#c4572e', 'TRAVEL') }],
    state: 'pending',
  },
  {
    vendor: 'Spoke & Wrench Workshop',
    title: 'Tubeless Repair Kit',
    category: 'tools',
    description: 'Everything our mechanics carry for a tubeless puncture: a fork-style plug tool, ten sticky bacon plugs in two sizes, and a tin that fits a saddle bag.',
    specs: [['Plugs', '5 × 1.5 mm, 5 × 3.5 mm'], ['Weight', '64 g']],
    variants: [{ name: 'Kit', priceMinor: 24_00, stock: 25 }],
    images: [{ alt: 'An open tin with five repair plugs beside an orange plug tool', draw: tubelessKit }],
  },
  {
    vendor: 'Spoke & Wrench Workshop',
    title: 'Chain Wax, 250 g',
    category: 'parts',
    description: 'The hot-melt wax we use in the workshop: a clean, quiet chain for 300 km per waxing, with no grit-catching oil.',
    specs: [['Weight', '250 g'], ['Waxings', 'About 12 chains']],
    variants: [{ name: '250 g tub', priceMinor: 19_90, stock: 18 }],
    images: [{ alt: 'A green tub of chain wax beside a loop of bicycle chain', draw: chainWax }],
    state: { revisionPriceMinor: 21_90 },
  },
];

/** Demo: the vendors' approved products (listings feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoListings {
  private readonly renderer = new DemoImageRenderer(renderSvg, PIPELINE_VERSION);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly organisations: OrganisationService,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly listings: ListingService,
    private readonly edits: ListingEditService,
    private readonly photos: ListingPhotoService,
    private readonly assets: MediaAssetService,
  ) {}

  async seed(): Promise<void> {
    const managerAccount = await this.accounts.findByEmail(DEMO_ACCOUNTS[0].email);
    if (!managerAccount) return;
    const manager = await this.sessions.viewerOf(managerAccount.id);
    const [brand]: { currency: string }[] = await this.connection.manager.query(`SELECT currency FROM brand ORDER BY created_at LIMIT 1`);
    for (const demo of DEMO_LISTINGS) {
      const vendor = await this.organisations.findByName(OrganisationKind.VENDOR, demo.vendor);
      if (!vendor) continue;
      const exists = await this.connection.manager.query(`SELECT 1 FROM listing l JOIN product p ON p.id = l.product_id WHERE l.seller_id = $1 AND p.name = $2`, [vendor.id, demo.title]);
      if (exists.length) continue;
      const [owner]: { account_id: string }[] = await this.connection.manager.query(
        `SELECT account_id FROM organisation_membership WHERE organisation_id = $1 AND role = 'OWNER' ORDER BY created_at LIMIT 1`,
        [vendor.id],
      );
      if (!owner) continue;
      const seller = await this.sessions.viewerOf(owner.account_id);
      const [category]: { id: string }[] = await this.connection.manager.query(`SELECT id FROM category WHERE slug = $1`, [demo.category]);
      const { product } = await this.listings.create(seller, { kind: SellerKind.VENDOR, id: vendor.id }, OfferKind.GOODS, {
        title: demo.title,
        description: demo.description,
        categoryId: category.id,
        currency: brand.currency,
        specs: demo.specs.map(([label, value]) => ({ label, value })),
        variants: demo.variants,
      });
      // The photos go the sellers' way: uploads of the vendor's owner, attached to the listing.
      const uploads = [];
      for (const image of demo.images) uploads.push(await this.assets.create(owner.account_id, await this.renderer.render(image.draw()), image.alt));
      await this.photos.attach(product.id, owner.account_id, uploads.map((asset) => asset.id));
      if (demo.state === 'pending') continue;
      await this.listings.approve(manager, product.id);
      if (demo.state) await this.edits.update(seller, product.id, { priceMinor: demo.state.revisionPriceMinor });
    }
  }
}

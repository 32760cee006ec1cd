import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountService, SessionService } from '@flagship/accounts';
import type { Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { StolenBikeService, UsedItem, UsedItemCondition, UsedItemKind, UsedItemService, UsedSaleService } from '@flagship/marketplace';
import { MediaAssetService, PIPELINE_VERSION, renderSvg } from '@flagship/media';
import { OrderEvents, OrderService } from '@flagship/orders';
import { EventLog } from '@flagship/events';
import { BIKES } from '../art/bikes';
import { saddleSide, tyre, wheelset } from '../art/parts';
import { bikeOutdoors, bikeStudio } from '../art/scenes';
import { PALETTE } from '../art/svg';
import type { DemoImage } from '../demo-images';
import { DemoImageRenderer } from '../demo-image-renderer';

interface DemoUsedItem {
  seller: string;
  kind: UsedItemKind;
  condition: UsedItemCondition;
  title: string;
  description: string;
  priceMinor: number;
  brand: string;
  model: string;
  frameSize?: string;
  year?: number;
  frameSerial?: string;
  handoverNote: string;
  photos: DemoImage[];
}

const ANA = 'ana@riders.example';
const BEN = 'ben@riders.example';
const CHLOE = 'chloe@riders.example';

/** The used market of the demo (decision 0042): what Ana and Ben sell, drawn like the shop's products. */
export const DEMO_USED_ITEMS: DemoUsedItem[] = [
  {
    seller: ANA, kind: UsedItemKind.BIKE, condition: UsedItemCondition.GOOD, title: 'Summit AL Gravel, size M, two seasons',
    description: 'My first gravel bike: serviced in March (new chain and brake pads), a few scratches on the top tube, tubeless set up.',
    priceMinor: 1_150_00, brand: 'Ridgeline', model: 'Summit AL Gravel', frameSize: 'M', year: 2023, frameSerial: 'RL-23-AL-40817',
    handoverNote: 'Pickup in Berlin-Kreuzberg, or shipped in a bike box within Germany.',
    photos: [{ alt: 'A used Summit AL gravel bike in moss green, side view', draw: () => bikeStudio(BIKES['summit-al-gravel']) }, { alt: 'The same bike on a gravel road below the hills', draw: () => bikeOutdoors(BIKES['summit-al-gravel'], 21) }],
  },
  {
    seller: BEN, kind: UsedItemKind.BIKE, condition: UsedItemCondition.FAIR, title: 'Crestline Trail 140, size L, well ridden',
    description: 'Three summers in the Alps. Fork serviced last year; the rear shock wants a service soon. Dropper post works.',
    priceMinor: 1_400_00, brand: 'Ridgeline', model: 'Crestline Trail', frameSize: 'L', year: 2021, frameSerial: 'RL 21 TR 11950',
    handoverNote: 'Pickup only, Munich.',
    photos: [{ alt: 'A used Crestline trail bike in ember orange, side view', draw: () => bikeStudio({ ...BIKES['crestline-trail'], colour: PALETTE.slate }) }],
  },
  {
    seller: BEN, kind: UsedItemKind.BIKE, condition: UsedItemCondition.LIKE_NEW, title: 'Commuter 8 city bike, size S, barely used',
    description: 'Bought for the office that then went remote. Under 300 km, dynamo lights and rack included.',
    priceMinor: 620_00, brand: 'Ridgeline', model: 'Commuter 8', frameSize: 'S', year: 2024, frameSerial: 'RL24CM00772',
    handoverNote: 'Shipped in its original box.',
    photos: [{ alt: 'A used Commuter 8 city bike in harbour blue with rack and lights, side view', draw: () => bikeStudio(BIKES['commuter-8']) }],
  },
  {
    seller: ANA, kind: UsedItemKind.PART, condition: UsedItemCondition.GOOD, title: 'Gravel wheelset 700c, tubeless ready',
    description: 'Came off my bike when I upgraded. True, bearings smooth; tyres not included.',
    priceMinor: 280_00, brand: 'Ridgeline', model: 'Gravel Wheelset 700c', handoverNote: 'Shipped, well padded.',
    photos: [{ alt: 'A used gravel wheelset, front and rear wheel', draw: () => wheelset() }],
  },
  {
    seller: BEN, kind: UsedItemKind.PART, condition: UsedItemCondition.NEW_WITH_TAGS, title: 'Allroad Tyre 45 mm, tan wall, never mounted',
    description: 'Bought two, needed one. Still with its label.',
    priceMinor: 32_00, brand: 'Ridgeline', model: 'Allroad Tyre 45', handoverNote: 'Shipped as a letter parcel.',
    photos: [{ alt: 'A tan-wall gravel tyre, side view', draw: () => tyre(true, false) }],
  },
  {
    seller: ANA, kind: UsedItemKind.PART, condition: UsedItemCondition.FOR_PARTS, title: 'Comfort saddle, torn cover, rails fine',
    description: 'The cover tore in a crash; the titanium rails and shell are fine. For a recover or spare rails.',
    priceMinor: 12_00, brand: 'Ridgeline', model: 'Comfort Saddle', handoverNote: 'Shipped, or with the wheelset.',
    photos: [{ alt: 'A black saddle on its seat post, side view', draw: () => saddleSide(PALETTE.ink) }],
  },
];

/** Sold to Chloe (an order placed and paid), shipped, delivered and settled (her confirmation released the money). */
const SOLD: DemoUsedItem = {
  seller: ANA, kind: UsedItemKind.BIKE, condition: UsedItemCondition.GOOD, title: 'Longway Steel Tourer, size M, toured once',
    description: 'One summer from Berlin to the Baltic. Racks included, panniers not.',
    priceMinor: 980_00, brand: 'Ridgeline', model: 'Longway Steel Tourer', frameSize: 'M', year: 2022, frameSerial: 'RL-22-ST-30311',
    handoverNote: 'Shipped in a bike box.',
    photos: [{ alt: 'A used Longway steel touring bike in sand with racks, side view', draw: () => bikeStudio(BIKES['tourer-steel']) }],
};

const STOLEN_CSV = `serial,note
WTU 0829 44X,Reported to the Berlin police in May
RL-19-AL-55120,Taken from a garage in Hamburg
CX7781-0042,Stolen at a race in Leipzig
`;

/** Demo: used bikes and parts for sale, one sold and settled, the stolen-bike list (resale feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoResale {
  private readonly renderer = new DemoImageRenderer(renderSvg, PIPELINE_VERSION);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly media: MediaAssetService,
    private readonly items: UsedItemService,
    private readonly sales: UsedSaleService,
    private readonly stolen: StolenBikeService,
    private readonly orders: OrderService,
    private readonly events: EventLog,
  ) {}

  async seed(): Promise<void> {
    const ana = await this.viewer(ANA);
    const ben = await this.viewer(BEN);
    await this.items.confirmAdult(ana);
    await this.items.confirmAdult(ben);
    for (const demo of DEMO_USED_ITEMS) await this.list(demo);
    await this.sellAndSettle();
    if (!(await this.connection.query(`SELECT 1 FROM stolen_bike LIMIT 1`)).length) {
      await this.stolen.import(await this.viewer('manager@ridgeline.example'), STOLEN_CSV);
    }
  }

  /** Lists a demo item as its seller would (photos uploaded first), unless it is there already. */
  private async list(demo: DemoUsedItem): Promise<UsedItem> {
    const seller = await this.viewer(demo.seller);
    const [existing]: { product_id: string }[] = await this.connection.query(`SELECT u.product_id FROM used_item u JOIN product p ON p.id = u.product_id WHERE u.seller_id = $1 AND p.name = $2`, [seller.accountId, demo.title]);
    if (existing) return this.connection.getRepository(UsedItem).findOneByOrFail({ productId: existing.product_id });
    const photoIds: string[] = [];
    for (const photo of demo.photos) photoIds.push((await this.media.create(seller.accountId, await this.renderer.render(photo.draw()), photo.alt)).id);
    const { seller: _, photos: __, ...input } = demo;
    return this.items.list(seller, { ...input, photoIds });
  }

  private async sellAndSettle(): Promise<void> {
    const item = await this.list(SOLD);
    if (item.soldPartId) return;
    const chloe = await this.viewer(CHLOE);
    await this.placeAndPay(chloe.accountId, item.productId);
    const sold = await this.connection.getRepository(UsedItem).findOneByOrFail({ productId: item.productId });
    if (!sold.soldPartId) return;
    const ana = await this.viewer(SOLD.seller);
    await this.sales.markShipped(ana, sold.soldPartId, 'DHL 00340434161094042557');
    await this.sales.markDelivered(ana, sold.soldPartId);
    await this.sales.confirmReceived(chloe, sold.soldPartId);
  }

  /**
   * Chloe's order for the item, placed and paid as checkout leaves it: the demo seeds inside one
   * database transaction, where no payment provider may be called, so the order row and its line are
   * written as checkout writes them and the orders domain's own `order.placed` and `markPaid` do the
   * rest (the marketplace splits the order, books the held sale and marks the item sold).
   */
  private async placeAndPay(buyerId: string, productId: string): Promise<void> {
    const [line]: { id: string; name: string; price_minor: number; sku: string; variant_name: string; category_id: string; seller_id: string }[] = await this.connection.query(
      `SELECT v.id, p.name, v.price_minor::int AS price_minor, v.sku, v.name AS variant_name, p.category_id, p.seller_id FROM product_variant v JOIN product p ON p.id = v.product_id WHERE p.id = $1`,
      [productId],
    );
    const [shipping]: { name: string; price_minor: number }[] = await this.connection.query(`SELECT name, price_minor::int AS price_minor FROM shipping_method WHERE active ORDER BY position LIMIT 1`);
    const total = line.price_minor + shipping.price_minor;
    const [order]: { id: string }[] = await this.connection.query(
      `INSERT INTO shop_order (account_id, checkout_key, status, currency, subtotal_minor, shipping_minor, tax_minor, total_minor, prices_include_tax, tax_rate_bp,
                               shipping_method_name, ship_name, ship_line1, ship_city, ship_postcode, ship_country, reservation_expires_at)
       VALUES ($1, $2, 'PENDING_PAYMENT', 'EUR', $3, $4, 0, $5, true, 0, $6, 'Chloe Tourer', 'Hafenstraße 3', 'Hamburg', '20359', 'DE', now() + interval '15 minutes') RETURNING id`,
      [buyerId, randomUUID(), line.price_minor, shipping.price_minor, total, shipping.name],
    );
    await this.connection.query(
      `INSERT INTO order_line (order_id, variant_id, product_id, product_name, variant_name, sku, unit_price_minor, quantity, line_total_minor, currency, seller_kind, seller_id, offer_kind, category_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $7, 'EUR', 'MEMBER', $8, 'USED', $9)`,
      [order.id, line.id, productId, line.name, line.variant_name, line.sku, line.price_minor, line.seller_id, line.category_id],
    );
    await this.connection.query(`UPDATE product_variant SET stock = stock - 1 WHERE id = $1 AND stock > 0`, [line.id]);
    await this.events.record(OrderEvents.placed, { actorId: buyerId, subjectId: order.id, amount: { minor: total, currency: 'EUR' }, payload: { lines: 1, items: 1 } });
    await this.orders.markPaid(order.id, { id: randomUUID(), amount: { minor: total, currency: 'EUR' } });
  }

  private async viewer(email: string): Promise<Viewer> {
    return this.sessions.viewerOf((await this.accounts.findByEmail(email))!.id);
  }
}


import { Injectable } from '@nestjs/common';
import { AccountService, SessionService } from '@flagship/accounts';
import type { Viewer } from '@flagship/api-core';
import { ProductVariant } from '@flagship/catalog';
import { BuildService, Contribution, ContributionKind } from '@flagship/community';
import { TransactionalConnection } from '@flagship/database';
import { MediaAssetService, PIPELINE_VERSION, renderSvg } from '@flagship/media';
import { DemoImageRenderer } from '../demo-image-renderer';
import { DEMO_BUILD_IMAGES } from './build-images';

/** The demo's stages: small, so a few supporters move a build along (the real defaults are LEGO Ideas'). */
export const DEMO_BUILD_STAGES = [
  { supporters: 2, windowDays: 30 },
  { supporters: 3, windowDays: 60 },
];

interface DemoBuild {
  author: string;
  title: string;
  body: string;
  tags: string[];
  /** Catalog parts by SKU, or free text. */
  parts: ({ sku: string; quantity?: number; note?: string } | { label: string; quantity?: number; note?: string })[];
  supporters: string[];
}

export const DEMO_BUILDS: DemoBuild[] = [
  {
    author: 'ana@riders.example',
    title: 'Lavender bikepacking rig on a Summit AL',
    body: 'I wanted one bike for **three-day loops** in the hills: a Summit AL frame, a full frame bag and a light rack.\n\n- Wider tyres for the forest roads\n- A comfort saddle for long days\n- Dynamo lights so I never ride home in the dark\n\nFirst trip: 240 km, 3,100 m of climbing, zero sore spots.',
    tags: ['bikepacking', 'gravel'],
    parts: [
      { sku: 'SUMMIT-AL-GRAVEL-2', note: 'Size M frame' },
      { sku: 'RIDGELINE-WHEELSET-GRAVEL-1' },
      { sku: 'RIDGELINE-TYRE-45-2', quantity: 2, note: 'Tan wall, set up tubeless' },
      { sku: 'RIDGELINE-SADDLE-COMFORT-1' },
      { label: 'Full-frame bag, custom made', note: 'Sewn by a friend' },
    ],
    supporters: ['ben@riders.example'],
  },
  {
    author: 'ben@riders.example',
    title: 'Night Crestline: the blacked-out trail bike',
    body: 'A Crestline Trail stripped to black with **mint details**, a 12-speed drivetrain refresh and everything I need for night laps in my pocket.\n\nThe chain and tyres came from the shop; the grips are from my old bike.',
    tags: ['trail', 'mtb'],
    parts: [
      { sku: 'CRESTLINE-TRAIL-2' },
      { sku: 'RIDGELINE-CHAIN-12-1' },
      { sku: 'RIDGELINE-TYRE-45-1', quantity: 2 },
      { sku: 'RIDGELINE-MULTITOOL-1', note: 'Lives in the hip pack' },
      { label: 'Lock-on grips from my old bike' },
    ],
    supporters: ['ana@riders.example', 'chloe@riders.example'],
  },
  {
    author: 'chloe@riders.example',
    title: 'Harbour blue expedition tourer',
    body: 'My Longway Steel, built for **a year on the road**: front and rear racks, four panniers, mudguards and lights.\n\nEverything is serviceable with the tools in the bar bag, which is why the torque wrench came along for the build.',
    tags: ['touring', 'steel'],
    parts: [
      { sku: 'TOURER-STEEL-3' },
      { sku: 'RIDGELINE-SADDLE-COMFORT-2' },
      { sku: 'RIDGELINE-TYRE-45-1', quantity: 2 },
      { sku: 'RIDGELINE-TORQUE-WRENCH-1', note: 'For the rack bolts' },
      { label: 'Four waterproof panniers', quantity: 4 },
    ],
    supporters: ['ana@riders.example', 'ben@riders.example', 'workshop@spokeandwrench.example'],
  },
  {
    author: 'ana@riders.example',
    title: 'Red Commuter 8 school-run special',
    body: 'The Commuter 8 in a custom red, with a **chain guard**, kickstand and lights: a bike that lives outside and never complains.',
    tags: ['city', 'commuting'],
    parts: [{ sku: 'COMMUTER-8-2' }, { label: 'Child seat on the rear rack' }],
    supporters: [],
  },
];

/**
 * The demo's builds (issue 10, item 1): four builds by the riders, with generated photos and parts
 * linked to the shop, supported across members; Chloe's tourer has cleared the last stage and waits
 * in the brand's review queue. Through BuildService, as members would; adds only what is missing.
 */
@Injectable()
export class DemoBuilds {
  private readonly renderer = new DemoImageRenderer(renderSvg, PIPELINE_VERSION);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly builds: BuildService,
    private readonly media: MediaAssetService,
  ) {}

  async seed(manager: Viewer): Promise<void> {
    const stages = await this.builds.stages();
    // The migration's defaults (100 supporters first) are far beyond a demo: use small stages once.
    if (stages[0]?.supporters === 100) await this.builds.setStages(manager, DEMO_BUILD_STAGES);
    for (const demo of DEMO_BUILDS) {
      const author = await this.viewer(demo.author);
      if (await this.connection.getRepository(Contribution).existsBy({ kind: ContributionKind.BUILD, authorId: author.accountId, title: demo.title })) continue;
      const photoIds: string[] = [];
      for (const photo of DEMO_BUILD_IMAGES[demo.title] ?? []) photoIds.push((await this.media.create(author.accountId, await this.renderer.render(photo.draw()), photo.alt)).id);
      const skus = demo.parts.flatMap((part) => ('sku' in part ? [part.sku] : []));
      const variants = new Map((await this.connection.getRepository(ProductVariant).findBy(skus.map((sku) => ({ sku })))).map((v) => [v.sku, v.id]));
      const build = await this.builds.create(author, {
        title: demo.title,
        body: demo.body,
        tags: demo.tags,
        photoIds,
        publish: true,
        parts: demo.parts.map((part) => ('sku' in part ? { variantId: variants.get(part.sku), quantity: part.quantity, note: part.note } : part)),
      });
      for (const email of demo.supporters) await this.builds.support(await this.viewer(email), build.id);
    }
  }

  private async viewer(email: string): Promise<Viewer> {
    return this.sessions.viewerOf((await this.accounts.findByEmail(email))!.id);
  }
}

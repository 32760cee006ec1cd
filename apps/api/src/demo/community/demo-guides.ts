import { Injectable } from '@nestjs/common';
import { AccountService, SessionService } from '@flagship/accounts';
import { ProductVariant } from '@flagship/catalog';
import { Contribution, ContributionKind, GuideDifficulty, GuideService } from '@flagship/community';
import { TransactionalConnection } from '@flagship/database';
import { MediaAssetService } from '@flagship/media';
import { BIKES } from '../art/bikes';
import { chainCoil, chainLinks, multitool, torqueWrench, tyre, wheelHub, wheelset, workStand } from '../art/parts';
import { bikeDetail, bikeOutdoors } from '../art/scenes';
import { PALETTE } from '../art/svg';
import type { DemoImage } from '../demo-images';
import type { DemoImageRenderer } from '../demo-image-renderer';

interface DemoGuideItem {
  sku?: string;
  label?: string;
  quantity?: number;
}

interface DemoGuide {
  authorEmail: string;
  title: string;
  body: string;
  tags: string[];
  difficulty: GuideDifficulty;
  timeMinutes: number;
  steps: { title: string; body: string; photos: DemoImage[] }[];
  tools: DemoGuideItem[];
  parts: DemoGuideItem[];
  /** "I made this" posts by other riders. */
  madeBy: { email: string; note: string; photo: DemoImage }[];
}

/*
 * The step photos reuse the product drawings (same SVG text, so the render cache already holds them and
 * seeding stays fast): a work stand, the multi-tool, the chain, a tyre, the drivetrain.
 */
export const DEMO_GUIDES: DemoGuide[] = [
  {
    authorEmail: 'ben@riders.example',
    title: 'Index your rear derailleur',
    body: 'Skipping gears or a chain that rattles on the cassette? Nine times out of ten it is cable tension. This takes **ten minutes** and no special tools once you have a stand.',
    tags: ['drivetrain', 'shifting', 'beginner'],
    difficulty: GuideDifficulty.EASY,
    timeMinutes: 15,
    steps: [
      { title: 'Put the bike in the stand', body: 'Clamp the seat post, not the frame tubes. Shift to the **smallest cog** at the back and the big ring at the front.', photos: [{ alt: 'A frame clamped by its seat post in a home work stand', draw: () => workStand(true, PALETTE.moss) }] },
      { title: 'Check the limit screws', body: 'Look from behind: the jockey wheel should sit right under the smallest cog. If not, turn the **H** screw a quarter turn at a time.', photos: [{ alt: 'The drivetrain from the side: chainring, cassette and rear derailleur', draw: () => bikeDetail(BIKES['summit-al-gravel'], 'drivetrain') }] },
      { title: 'Set the cable tension', body: 'Shift up one cog while turning the cranks. If it hesitates, turn the barrel adjuster **anticlockwise** half a turn; if it overshoots, clockwise. Repeat across the whole cassette.', photos: [] },
      { title: 'Test ride', body: 'Shift through every gear under load on a quiet road. A click or two on the barrel adjuster is normal after a new cable stretches.', photos: [{ alt: 'A gravel bike parked on a gravel road below the hills', draw: () => bikeOutdoors(BIKES['summit-al-gravel'], 11) }] },
    ],
    tools: [{ sku: 'RIDGELINE-WORK-STAND-1' }, { sku: 'RIDGELINE-MULTITOOL-1', label: 'Trailside Multi-tool (2.5 mm hex)' }],
    parts: [],
    madeBy: [
      { email: 'ana@riders.example', note: 'Worked first time. The half-turn tip saved me.', photo: { alt: 'Ana’s trail bike back on the road after indexing', draw: () => bikeOutdoors(BIKES['crestline-trail'], 3) } },
      { email: 'chloe@riders.example', note: 'Did it on the tourer before a long weekend.', photo: { alt: 'Chloe’s loaded tourer on a road in the hills', draw: () => bikeOutdoors(BIKES['tourer-steel'], 5) } },
    ],
  },
  {
    authorEmail: 'chloe@riders.example',
    title: 'Set up tubeless tyres',
    body: 'Fewer flats, lower pressures, more grip. Tubeless looks messy the first time; with a bit of soapy water it is not.',
    tags: ['tyres', 'tubeless', 'wheels'],
    difficulty: GuideDifficulty.MODERATE,
    timeMinutes: 45,
    steps: [
      { title: 'Tape the rim', body: 'Clean the rim bed, then lay tubeless tape with **tension**, overlapping the valve hole by 10 cm. Pierce it for the valve.', photos: [{ alt: 'A gravel wheelset, front and rear, ready for tape', draw: () => wheelset() }] },
      { title: 'Fit the valve and one bead', body: 'Tighten the valve nut by hand. Push the first bead into the rim’s centre channel all the way round.', photos: [{ alt: 'Close-up of the rear hub and rim', draw: () => wheelHub() }] },
      { title: 'Add sealant and seat the tyre', body: 'Pour 40–60 ml of sealant into the tyre, fit the second bead and inflate quickly (a track pump with a charger helps) until both beads **pop** into place.', photos: [{ alt: 'A 45 mm tyre with tan sidewalls', draw: () => tyre(true, false) }, { alt: 'The tyre seen at an angle, showing the tread', draw: () => tyre(false, true) }] },
      { title: 'Spin and shake', body: 'Spin the wheel horizontally so the sealant coats the sidewalls. Leave it overnight and top up the pressure before riding.', photos: [] },
    ],
    tools: [{ sku: 'RIDGELINE-MULTITOOL-1', label: 'Trailside Multi-tool (tubeless plugs)' }, { label: 'Track pump with an air charger' }, { label: 'Tyre levers' }],
    parts: [{ sku: 'RIDGELINE-TYRE-45-1', quantity: 2 }, { label: 'Tubeless sealant, 120 ml' }],
    madeBy: [{ email: 'ben@riders.example', note: 'Took me two attempts to seat the rear, but **no flats since**.', photo: { alt: 'Ben’s gravel bike on tubeless tyres', draw: () => bikeOutdoors(BIKES['summit-al-gravel'], 11) } }],
  },
  {
    authorEmail: 'ana@riders.example',
    title: 'Replace a worn chain',
    body: 'A stretched chain eats cassettes and chainrings. Check it every 1,000 km and swap it at 0.5 % wear: a new chain is far cheaper than a new drivetrain.',
    tags: ['drivetrain', 'chain', 'maintenance'],
    difficulty: GuideDifficulty.MODERATE,
    timeMinutes: 30,
    steps: [
      { title: 'Measure the wear', body: 'Use a chain checker. At **0.5 %** on a 12-speed chain, replace it.', photos: [{ alt: 'Close-up of the chain’s plates and rollers', draw: () => chainLinks() }] },
      { title: 'Break the old chain', body: 'Open the quick link with pliers, or push a pin out with the chain breaker of your multi-tool.', photos: [{ alt: 'A multi-tool with its bits fanned out, chain breaker among them', draw: () => multitool(true) }] },
      { title: 'Size the new chain', body: 'Big ring, biggest cog, no derailleur: wrap the chain and add **two links**. Cut it there.', photos: [{ alt: 'A new 12-speed chain coiled, with its gold quick link', draw: () => chainCoil() }] },
      { title: 'Close it and check', body: 'Fit the quick link, then stand on the pedal to snap it shut. Shift through every gear. Torque the rear axle to spec if you took the wheel out.', photos: [{ alt: 'A torque wrench’s scale, close up', draw: () => torqueWrench(true) }] },
    ],
    tools: [{ sku: 'RIDGELINE-MULTITOOL-1', label: 'Trailside Multi-tool (chain breaker)' }, { sku: 'RIDGELINE-TORQUE-WRENCH-1' }, { label: 'Chain checker' }, { label: 'Quick-link pliers' }],
    parts: [{ sku: 'RIDGELINE-CHAIN-12-1' }],
    madeBy: [{ email: 'chloe@riders.example', note: 'My first chain swap. Shifting is crisp again.', photo: { alt: 'Chloe’s tourer loaded for a trip', draw: () => bikeOutdoors(BIKES['tourer-steel'], 5) } }],
  },
];

/**
 * The demo's guides (issue 10, item 3): written by the riders through GuideService with their own
 * uploads as step photos, then "I made this" posts by other riders. Adds only what is missing.
 */
@Injectable()
export class DemoGuides {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly guides: GuideService,
    private readonly media: MediaAssetService,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
  ) {}

  async seed(renderer: DemoImageRenderer): Promise<void> {
    for (const demo of DEMO_GUIDES) {
      const author = await this.viewer(demo.authorEmail);
      const exists = await this.connection.getRepository(Contribution).existsBy({ authorId: author.accountId, kind: ContributionKind.GUIDE, title: demo.title });
      if (exists) continue;
      const upload = async (image: DemoImage, ownerId: string) => (await this.media.create(ownerId, await renderer.render(image.draw()), image.alt)).id;
      const steps = [];
      for (const step of demo.steps) {
        const photoIds = [];
        for (const photo of step.photos) photoIds.push(await upload(photo, author.accountId));
        steps.push({ title: step.title, body: step.body, photoIds });
      }
      const items = async (list: DemoGuideItem[]) =>
        Promise.all(list.map(async ({ sku, label, quantity }) => ({ variantId: sku ? (await this.connection.getRepository(ProductVariant).findOneByOrFail({ sku })).id : undefined, label, quantity })));
      const guide = await this.guides.create(author, {
        title: demo.title,
        body: demo.body,
        tags: demo.tags,
        difficulty: demo.difficulty,
        timeMinutes: demo.timeMinutes,
        photoIds: steps.flatMap((step) => step.photoIds).slice(0, 1),
        steps: steps.map((step) => ({ ...step, photoIds: step.photoIds })),
        tools: await items(demo.tools),
        parts: await items(demo.parts),
        publish: true,
      });
      for (const made of demo.madeBy) {
        const maker = await this.viewer(made.email);
        await this.guides.markMade(maker, { guideId: guide.id, photoId: await upload(made.photo, maker.accountId), note: made.note });
      }
    }
  }

  private async viewer(email: string) {
    return this.sessions.viewerOf((await this.accounts.findByEmail(email))!.id);
  }
}

import { Injectable } from '@nestjs/common';
import { AccountService, OrganisationKind, OrganisationService, SessionService } from '@flagship/accounts';
import { CategoryService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { Vendor, VendorApplication, VendorApplicationService, VendorApplicationStatus } from '@flagship/marketplace';

/** What the demo's vendors say about themselves (their organisations come from DemoDataService). */
const DEMO_VENDOR_PAGES = [
  {
    name: 'VeloFit Studio',
    description:
      'Bike fitting by physiotherapists: a sit-bone measurement, saddle and cleat set-up and a full 3D fit on your own bike. We also coach riders preparing for their first gravel race or a long tour.',
    serviceArea: 'Berlin, in the studio, and online video fits EU-wide',
    website: 'https://velofit.example',
    categories: ['bikes', 'parts'],
  },
  {
    name: 'Spoke & Wrench Workshop',
    description:
      'An independent workshop for servicing, wheel builds and tubeless set-ups, with the tools we trust for sale. Bring your bike in or book a repair lesson and learn to do it yourself.',
    serviceArea: 'Hamburg and surroundings; tools shipped across Germany',
    website: 'https://spokeandwrench.example',
    categories: ['tools', 'parts'],
  },
];

/** Chloe's application, waiting in the brand manager's queue. */
const DEMO_OPEN_APPLICATION = {
  email: 'chloe@riders.example',
  businessName: 'Long Way Round Tours',
  description: 'Guided bikepacking weekends in the Harz and Thuringian Forest, with route planning and packing workshops beforehand.',
  serviceArea: 'Central Germany',
  website: 'https://longwayround.example',
  categories: ['bikes'],
};

/**
 * Demo: the two demo vendor organisations become vendors with pages, as if the brand manager Maya had
 * approved their applications, and Chloe's application waits in the queue. Idempotent: adds only what is missing.
 */
@Injectable()
export class DemoVendors {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly categories: CategoryService,
    private readonly applications: VendorApplicationService,
    private readonly sessions: SessionService,
  ) {}

  async seed(): Promise<void> {
    const maya = await this.accounts.findByEmail('manager@ridgeline.example');
    if (!maya) return;
    const categoryIds = async (slugs: string[]) => (await this.categories.list()).filter((c) => slugs.includes(c.slug)).map((c) => c.id);
    for (const page of DEMO_VENDOR_PAGES) {
      const organisation = await this.organisations.findByName(OrganisationKind.VENDOR, page.name);
      if (!organisation) continue;
      const vendors = this.connection.getRepository(Vendor);
      if (await vendors.existsBy({ id: organisation.id })) continue;
      const [owner] = await this.connection.manager.query<{ account_id: string }[]>(
        `SELECT account_id FROM organisation_membership WHERE organisation_id = $1 AND role = 'OWNER' ORDER BY created_at LIMIT 1`,
        [organisation.id],
      );
      const ids = await categoryIds(page.categories);
      const details = { description: page.description, serviceArea: page.serviceArea, website: page.website, categoryIds: ids };
      await vendors.insert({ id: organisation.id, slug: await this.applications.freeSlug(page.name), name: page.name, ...details });
      await this.connection.getRepository(VendorApplication).insert({
        applicantId: owner.account_id,
        businessName: page.name,
        ...details,
        status: VendorApplicationStatus.APPROVED,
        decidedBy: maya.id,
        decidedAt: organisation.createdAt,
        vendorId: organisation.id,
      });
    }

    const chloe = await this.accounts.findByEmail(DEMO_OPEN_APPLICATION.email);
    if (chloe && !(await this.connection.getRepository(VendorApplication).existsBy({ applicantId: chloe.id }))) {
      const { email: _email, categories, ...input } = DEMO_OPEN_APPLICATION;
      await this.applications.apply(await this.sessions.viewerOf(chloe.id), { ...input, categoryIds: await categoryIds(categories) });
    }
  }
}

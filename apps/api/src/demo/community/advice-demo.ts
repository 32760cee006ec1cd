import { Injectable } from '@nestjs/common';
import { AccountService, SessionService } from '@flagship/accounts';
import type { Viewer } from '@flagship/api-core';
import { ProductService } from '@flagship/catalog';
import { AdviceService } from '@flagship/community';
import { TransactionalConnection } from '@flagship/database';

interface DemoAnswer {
  by: string;
  body: string;
  /** The asker marks this one as the answer that helped. */
  accepted?: boolean;
}

interface DemoQuestion {
  by: string;
  product: string;
  title: string;
  body: string;
  answers: DemoAnswer[];
}

const ANA = 'ana@riders.example';
const BEN = 'ben@riders.example';
const CHLOE = 'chloe@riders.example';
const MAYA = 'manager@ridgeline.example';
const VELOFIT = 'fitting@velofit.example';
const WORKSHOP = 'workshop@spokeandwrench.example';

/** Ben knows his parts: Maya marks him as the Parts category's expert. */
const DEMO_EXPERTS: { email: string; category: string }[] = [{ email: BEN, category: 'parts' }];

const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    by: ANA,
    product: 'ridgeline-tyre-45',
    title: 'Tan wall or black for winter commuting?',
    body: 'I ride to work all year on salted roads. Do the **tan walls** crack or stain faster than the black ones?',
    answers: [
      { by: CHLOE, body: 'Mine went a bit grey after one winter, but no cracks.' },
      { by: BEN, body: 'Same casing and compound, only the sidewall colour differs. Rinse the salt off weekly and both last; the black simply *looks* cleaner for longer.', accepted: true },
      { by: WORKSHOP, body: 'We see both in the workshop every spring. Check the pressure more often in the cold: that matters more than the colour.' },
    ],
  },
  {
    by: CHLOE,
    product: 'tourer-steel',
    title: 'Does the Longway take a front rack and 2.2" tyres together?',
    body: 'Planning a long trip with front panniers. Will a low-rider rack clear wider tyres with mudguards?',
    answers: [
      { by: MAYA, body: 'Yes: the fork has low-rider mounts and clears 2.2" tyres with 60 mm mudguards. Keep 5 mm between tyre and guard.', accepted: true },
      { by: VELOFIT, body: 'Bring the bike by with the bags packed and we set the saddle and bar height for the loaded position.' },
    ],
  },
  {
    by: BEN,
    product: 'ridgeline-torque-wrench',
    title: 'Is 2–20 Nm enough for the whole bike?',
    body: 'Thinking of buying this as my only wrench. What would I still need a bigger one for?',
    answers: [
      { by: WORKSHOP, body: 'Stem, bars, seatpost clamp and brakes all sit inside 2–20 Nm. Cassette lockring, bottom bracket and pedals need 35–70 Nm.' },
      { by: ANA, body: 'I bought it alone first and borrowed a big one for the bottom bracket once a year.' },
    ],
  },
];

/**
 * The advice part of the demo (decision 0032): Ben is the Parts expert, riders ask on product pages,
 * experts, vendors' staff and the brand answer, and askers mark the answer that helped. A progress post
 * reports on the first demo build, when there is one. Adds only what is missing, through the services.
 */
@Injectable()
export class AdviceDemo {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly advice: AdviceService,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly products: ProductService,
  ) {}

  async seed(): Promise<void> {
    const viewers = new Map<string, Viewer>();
    const as = async (email: string) => {
      if (!viewers.has(email)) viewers.set(email, await this.sessions.viewerOf((await this.accounts.findByEmail(email))!.id));
      return viewers.get(email)!;
    };
    for (const expert of DEMO_EXPERTS) {
      const [category] = await this.connection.query<{ id: string }>(`SELECT id FROM category WHERE slug = $1`, [expert.category]);
      if (category) await this.advice.setCategoryExpert(await as(MAYA), (await as(expert.email)).accountId, category.id);
    }
    for (const demo of DEMO_QUESTIONS) {
      if (await this.exists('QUESTION', demo.title)) continue;
      const product = await this.products.findBySlug(demo.product);
      if (!product) continue;
      const question = await this.advice.askQuestion(await as(demo.by), { productId: product.id, title: demo.title, body: demo.body, publish: true });
      for (const reply of demo.answers) {
        const answer = await this.advice.answer(await as(reply.by), { contributionId: question.id, body: reply.body });
        if (reply.accepted) await this.advice.acceptAnswer(await as(demo.by), answer.id);
      }
    }
    await this.seedProgressPost(as);
  }

  /** A progress post on the first demo build (by its author), asking for advice, with an answer. */
  private async seedProgressPost(as: (email: string) => Promise<Viewer>): Promise<void> {
    const title = 'Progress: gearing for the Alps';
    if (await this.exists('PROJECT_UPDATE', title)) return;
    const [build] = await this.connection.query<{ id: string; email: string }>(
      `SELECT c.id, a.email FROM contribution c JOIN account a ON a.id = c.author_id
        WHERE c.kind = 'BUILD' AND c.status = 'PUBLISHED' ORDER BY c.published_at, c.id LIMIT 1`,
    );
    const author = build?.email ?? ANA;
    const post = await this.advice.postProjectUpdate(await as(author), {
      projectId: build?.id,
      title,
      body: 'The frame is built up and the wheels are true. Next: a **40-tooth** chainring or a wider cassette for long climbs with bags?',
      asksAdvice: true,
      publish: true,
    });
    await this.advice.answer(await as(author === BEN ? CHLOE : BEN), {
      contributionId: post.id,
      body: 'Go for the wider cassette: you keep the close steps on the flat and gain the low gear for the passes.',
    });
  }

  private async exists(kind: string, title: string): Promise<boolean> {
    const rows = await this.connection.query(`SELECT 1 FROM contribution WHERE kind = $1 AND title = $2 LIMIT 1`, [kind, title]);
    return rows.length > 0;
  }
}

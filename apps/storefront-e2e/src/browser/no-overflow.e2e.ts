import type { Page } from 'playwright-core';
import { placeOrderIn, publishGuideIn, routePathsMissingFrom, shareRouteIn, storefrontRoutes, type RouteParams } from '../support/demo-routes';
import { api } from '../support/shop-api';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE_WIDTH = 360;

/**
 * No page scrolls sideways on a small phone: at 360 px, as a visitor, a shopper and the brand
 * manager, every route of the route table is opened (parameters from the demo data) and the
 * document's width measured once the page has settled. The failure lists every offender with its
 * width and the widest element, so one run says what to fix.
 */
describe('no page is wider than a 360 px phone', () => {
  const shop = useShopInBrowser();
  let params: RouteParams;

  beforeAll(async () => {
    // The demo's ids: a product, a member's public profile, a paid order and a shared route of Ana's.
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    const { me } = await api<{ me: { id: string } }>(page, `{ me { id } }`);
    const { product } = await api<{ product: { questions: { nodes: { id: string }[] } } }>(page, `{ product(slug: "ridgeline-tyre-45") { questions(first: 1) { nodes { id } } } }`);
    const questionId = product.questions.nodes[0].id;
    // A demo progress post's id once a listing can find it (the feed's communityFeed(kind: PROJECT_UPDATE)); until then the update pages open their "not available" state.
    const { createCollection } = await api<{ createCollection: { id: string } }>(page, `mutation { createCollection(input: { name: "Phone check", isPublic: true }) { id } }`);
    const { createBuild } = await api<{ createBuild: { id: string } }>(page, `mutation { createBuild(input: { title: "Route check build", publish: true }) { id } }`);
    params = {
      productSlug: 'summit-al-gravel',
      memberId: me.id,
      orderId: await placeOrderIn(page),
      questionId,
      updateId: questionId,
      collectionId: createCollection.id,
      contributionId: questionId,
      routeId: await shareRouteIn(page),
      buildId: createBuild.id,
      guideId: await publishGuideIn(page),
      usedItemSlug: (await api<{ usedItems: { nodes: { product: { slug: string } }[] } }>(page, `{ usedItems(first: 1) { nodes { product { slug } } } }`)).usedItems.nodes[0].product.slug,
      serviceSlug: 'bike-fit',
      listingProductId: (await api<{ product: { id: string } }>(page, `{ product(slug: "chain-wax-250-g") { id } }`)).product.id,
    };
    await page.context().close();
  }, 60_000);

  it('walks every route of router.tsx', () => {
    expect(routePathsMissingFrom(storefrontRoutes(params).map((route) => route.pattern))).toEqual([]);
  });

  async function overflowingPages(page: Page): Promise<string[]> {
    const offenders: string[] = [];
    for (const { url } of storefrontRoutes(params)) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const measured = await page.evaluate(() => {
        const width = document.documentElement.scrollWidth;
        // The element reaching furthest right, to say where to look.
        let widest = { right: 0, what: '' };
        for (const element of document.querySelectorAll('body *')) {
          const right = element.getBoundingClientRect().right;
          if (right > widest.right) widest = { right: Math.round(right), what: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}` };
        }
        return { width, widest };
      });
      if (measured.width > PHONE_WIDTH) offenders.push(`${url}: ${measured.width} px (widest: ${measured.widest.what} to ${measured.widest.right} px)`);
    }
    return offenders;
  }

  const phonePage = async () => {
    const page = await shop.newPage();
    await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
    return page;
  };

  it('as a visitor', async () => {
    const page = await phonePage();
    expect(await overflowingPages(page)).toEqual([]);
  }, 180_000);

  it('as a shopper, with something in the cart', async () => {
    const page = await phonePage();
    await logIn(page, 'ana@riders.example');
    // A long name and two lines make the cart and checkout as wide as they get.
    const { product } = await api<{ product: { variants: { id: string }[] } }>(page, `{ product(slug: "summit-al-gravel") { variants { id } } }`);
    for (const variant of product.variants.slice(0, 2)) await api(page, `mutation($id: ID!) { addToCart(variantId: $id, quantity: 2) { itemCount } }`, { id: variant.id });
    expect(await overflowingPages(page)).toEqual([]);
  }, 180_000);

  it('as the brand manager', async () => {
    const page = await phonePage();
    await logIn(page, 'manager@ridgeline.example');
    expect(await overflowingPages(page)).toEqual([]);
  }, 180_000);
});

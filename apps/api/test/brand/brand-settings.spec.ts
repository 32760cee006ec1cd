import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const BRAND = `{ brand { name tagline primaryColor accentColor hero { eyebrow title text ctaLabel ctaHref } } }`;
const UPDATE = `mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { name tagline primaryColor accentColor hero { eyebrow title text ctaLabel ctaHref } } }`;

type BrandSettings = { name: string; tagline: string; primaryColor: string; accentColor: string; hero: Record<string, string> };

/** The brand manager's "Brand" page: name, tagline, colours and the home hero. */
describe('brand settings', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const brandRow = () => env.dataSource.query(`SELECT * FROM brand`);
  const brandEvents = () => env.dataSource.query(`SELECT payload, actor_id FROM platform_event WHERE type = 'brand.updated' ORDER BY id`) as Promise<{ payload: { changed: string[] }; actor_id: string | null }[]>;

  it('shows everyone the brand with its colours and hero', async () => {
    const { brand } = await env.visitor().data<{ brand: BrandSettings }>(BRAND);
    expect(brand).toEqual({
      name: 'Ridgeline Cycles',
      tagline: 'Bikes built for the long way round.',
      primaryColor: '#1f5f4a',
      accentColor: '#c2410c',
      hero: expect.objectContaining({ ctaLabel: 'Shop bikes', ctaHref: '/shop?category=bikes' }),
    });
  });

  it('lets a brand manager change colours and hero texts, recording brand.updated with what changed', async () => {
    const before = await brandEvents();
    const { updateBrand } = await env.as.manager.data<{ updateBrand: BrandSettings }>(UPDATE, {
      input: { primaryColor: ' #0B3D91 ', hero: { title: '  Into the hills  ', eyebrow: '', ctaHref: '/shop?category=parts' } },
    });
    expect(updateBrand).toMatchObject({
      primaryColor: '#0b3d91',
      accentColor: '#c2410c',
      hero: expect.objectContaining({ title: 'Into the hills', eyebrow: '', ctaHref: '/shop?category=parts', ctaLabel: 'Shop bikes' }),
    });
    expect((await env.visitor().data<{ brand: BrandSettings }>(BRAND)).brand.primaryColor).toBe('#0b3d91');
    const after = await brandEvents();
    expect(after.slice(before.length)).toEqual([{ payload: { changed: ['primaryColor', 'hero'] }, actor_id: expect.any(String) }]);
  });

  it('records nothing when a save changes nothing', async () => {
    const { brand } = await env.visitor().data<{ brand: BrandSettings }>(BRAND);
    const before = await brandEvents();
    await env.as.manager.data(UPDATE, { input: { name: brand.name, primaryColor: brand.primaryColor.toUpperCase(), hero: { ctaLabel: brand.hero.ctaLabel } } });
    expect(await brandEvents()).toEqual(before);
  });

  it.each([
    ['a primary colour too light for the white page', { primaryColor: '#ffd400' }, 'primaryColor', /too light to stand out on the white page \(1\.3:1, needs 3:1\)/],
    ['an accent colour too light for the white page', { accentColor: '#a0e0ff' }, 'accentColor', /^The accent colour is too light/],
    ['a colour that is not hex', { primaryColor: 'green' }, 'primaryColor', /as a hex colour/],
    ['a short hex colour', { accentColor: '#fff' }, 'accentColor', /as a hex colour/],
    ['an empty name', { name: '  ' }, 'name', /brand's name/],
    ['a name sent as null', { name: null }, 'name', /cannot be empty/],
    ['a javascript: link in the hero', { hero: { ctaHref: 'javascript:alert(1)' } }, 'hero.ctaHref', /path in the shop/],
    ['a link to another site without https', { hero: { ctaHref: 'http://example.com' } }, 'hero.ctaHref', /path in the shop/],
    ['a protocol-relative link', { hero: { ctaHref: '//example.com/shop' } }, 'hero.ctaHref', /path in the shop/],
    ['an empty button label', { hero: { ctaLabel: '' } }, 'hero.ctaLabel', /button label/],
    ['a hero title that is too long', { hero: { title: 'x'.repeat(81) } }, 'hero.title', /80 characters/],
  ])('refuses %s beside its field, changing nothing', async (_case, input, field, message) => {
    const before = await brandRow();
    const events = await brandEvents();
    const error = firstError(await env.as.manager.request(UPDATE, { input }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
    expect(await brandRow()).toEqual(before);
    expect(await brandEvents()).toEqual(events);
  });

  it('accepts an https address as the call to action', async () => {
    const { updateBrand } = await env.as.manager.data<{ updateBrand: BrandSettings }>(UPDATE, { input: { hero: { ctaHref: 'https://ridgeline.example/stories' } } });
    expect(updateBrand.hero.ctaHref).toBe('https://ridgeline.example/stories');
  });

  it('refuses shoppers and visitors', async () => {
    const before = await brandRow();
    expect(firstError(await env.as.consumer.request(UPDATE, { input: { name: 'Hijacked' } })).code).toBe('FORBIDDEN');
    expect(firstError(await env.as.vendor.request(UPDATE, { input: { name: 'Hijacked' } })).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(UPDATE, { input: { name: 'Hijacked' } })).code).toBe('UNAUTHENTICATED');
    expect(await brandRow()).toEqual(before);
  });
});

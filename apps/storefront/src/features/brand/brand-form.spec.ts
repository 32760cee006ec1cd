import { describe, expect, it } from 'vitest';
import { brandFormSchema, type BrandFormValues } from './brand-form';

const valid: BrandFormValues = {
  name: 'Ridgeline Cycles',
  tagline: 'Bikes built for the long way round.',
  primaryColor: '#1F5F4A',
  accentColor: '#c2410c',
  hero: { eyebrow: 'New season', title: '', text: '', ctaLabel: 'Shop bikes', ctaHref: '/shop?category=bikes' },
};

const problems = (values: BrandFormValues) => {
  const result = brandFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the Brand form', () => {
  it('accepts the demo brand and normalises colours to lower case', () => {
    expect(brandFormSchema.parse(valid).primaryColor).toBe('#1f5f4a');
  });

  it('refuses a primary colour too light for the page, with the measured ratio, beside the field', () => {
    expect(problems({ ...valid, primaryColor: '#ffd400' })).toEqual({
      primaryColor: 'The primary colour is too light to stand out on the white page (1.3:1, needs 3:1): choose a darker shade',
    });
  });

  it('refuses hero links the API refuses', () => {
    for (const ctaHref of ['javascript:alert(1)', 'http://example.com', '//example.com', 'shop']) {
      expect(problems({ ...valid, hero: { ...valid.hero, ctaHref } })).toHaveProperty(['hero.ctaHref']);
    }
    expect(problems({ ...valid, hero: { ...valid.hero, ctaHref: 'https://ridgeline.example/stories' } })).toEqual({});
  });

  it('needs a name and a button label', () => {
    expect(problems({ ...valid, name: ' ', hero: { ...valid.hero, ctaLabel: '' } })).toEqual({
      name: "Enter the brand's name",
      'hero.ctaLabel': 'Enter a button label',
    });
  });
});

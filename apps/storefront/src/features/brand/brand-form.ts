import { z } from 'zod';
import { brandColourProblem } from '@/lib/brand/theme';

/** The API's limits (libs/brand UpdateBrandInput), said beside the field before saving. */
export const LIMITS = { name: 60, tagline: 120, eyebrow: 40, title: 80, text: 240, ctaLabel: 30 } as const;

/** A path in the shop or an https address, as the API accepts for the hero's link. */
const HERO_LINK = /^(\/(?!\/)\S*|https:\/\/[^\s/]+\S*)$/;

const colour = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .superRefine((value, context) => {
      const problem = brandColourProblem(value, what);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });

const upTo = (max: number, message: string) => z.string().trim().max(max, message);

/** The Brand page's form, named as the API's UpdateBrandInput. */
export const brandFormSchema = z.object({
  name: z.string().trim().min(1, "Enter the brand's name").max(LIMITS.name, `Keep the name to ${LIMITS.name} characters`),
  tagline: upTo(LIMITS.tagline, `Keep the tagline to ${LIMITS.tagline} characters`),
  primaryColor: colour('primary colour'),
  accentColor: colour('accent colour'),
  hero: z.object({
    eyebrow: upTo(LIMITS.eyebrow, `Keep the line above the title to ${LIMITS.eyebrow} characters`),
    title: upTo(LIMITS.title, `Keep the title to ${LIMITS.title} characters`),
    text: upTo(LIMITS.text, `Keep the text to ${LIMITS.text} characters`),
    ctaLabel: z.string().trim().min(1, 'Enter a button label').max(LIMITS.ctaLabel, `Keep the label to ${LIMITS.ctaLabel} characters`),
    ctaHref: z.string().trim().regex(HERO_LINK, 'Enter a path in the shop starting with / (e.g. /shop?category=bikes) or an https:// address'),
  }),
});

export type BrandFormValues = z.input<typeof brandFormSchema>;

import { Link } from 'react-router';
import { ArrowRightIcon, ResponsiveImage, type ResponsiveImageSource } from '@/components/ui';
import './brand-hero.css';

export interface BrandHeroProps {
  eyebrow?: string;
  /** The headline (the brand's name when the brand set none). */
  title: string;
  text?: string;
  ctaLabel: string;
  /** A path in the shop, or an https address (the API allows nothing else). */
  ctaHref: string;
  /** The brand's hero picture (Brand.heroImage); without one the hero shows a pattern in the brand's colour. */
  image?: ResponsiveImageSource | null;
  /** The home page's hero is its h1; the Brand page's preview is not a heading of that page. */
  headingLevel?: 'h1' | 'p';
  /** A smaller variant for the settings page's live preview. */
  compact?: boolean;
}

/**
 * The home page's opening: eyebrow, headline, a sentence and one call to action, over the brand's
 * picture or, until it has one, a contour-line pattern in its primary colour (pure CSS: no request,
 * no layout shift). Its height is fixed by CSS, not by what loads.
 */
export function BrandHero({ eyebrow, title, text, ctaLabel, ctaHref, image, headingLevel = 'h1', compact = false }: BrandHeroProps) {
  const Heading = headingLevel;
  const internal = ctaHref.startsWith('/');
  const cta = (
    <>
      {ctaLabel}
      <ArrowRightIcon />
    </>
  );
  return (
    <section className={['brand-hero', image ? 'brand-hero-with-image' : 'brand-hero-pattern', compact && 'brand-hero-compact'].filter(Boolean).join(' ')} aria-label={headingLevel === 'h1' ? undefined : 'Hero preview'}>
      {image && (
        <div className="brand-hero-media">
          {/* The largest thing on the first screen: loaded first (priority), cropped to the hero's box. */}
          <ResponsiveImage image={image} sizes="(min-width: 80rem) 80rem, 100vw" priority={!compact} aspectRatio="auto" className="brand-hero-image" />
        </div>
      )}
      <div className="brand-hero-content">
        {eyebrow && <p className="brand-hero-eyebrow">{eyebrow}</p>}
        <Heading className="brand-hero-title" id={headingLevel === 'h1' ? 'hero-title' : undefined}>
          {title}
        </Heading>
        {text && <p className="brand-hero-text">{text}</p>}
        {internal ? (
          <Link to={ctaHref} className="brand-hero-cta">
            {cta}
          </Link>
        ) : (
          <a href={ctaHref} className="brand-hero-cta">
            {cta}
          </a>
        )}
      </div>
    </section>
  );
}

/** What the hero looks like while the brand loads: the same box, empty, so nothing moves when it arrives. */
export function BrandHeroPlaceholder() {
  return <div className="brand-hero brand-hero-placeholder" aria-hidden="true" />;
}

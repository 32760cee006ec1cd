import { queryOptions, useQuery } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { brandThemeStyle } from './theme';

/**
 * The brand this platform belongs to: its name titles every page, its currency prices the shop, its
 * colours theme it (theme.ts), its logo sits beside its name and its hero opens the home page.
 */
/** What the storefront knows about the brand: the Brand query's fields, and what a save answers with. */
export const BrandFields = graphql(`
  fragment BrandFields on Brand {
    name
    tagline
    currency
    primaryColor
    accentColor
    hero {
      eyebrow
      title
      text
      ctaLabel
      ctaHref
    }
    logo {
      url
      alt
      width
      height
      srcset
    }
    heroImage {
      url
      alt
      width
      height
      srcset
    }
  }
`);

export const BrandQuery = graphql(`
  query Brand {
    brand {
      ...BrandFields
    }
  }
`);

export const brandQueries = {
  all: ['brand'] as const,
  current: () => queryOptions({ queryKey: [...brandQueries.all, 'current'], queryFn: () => request(BrandQuery), staleTime: Infinity }),
};

export function useBrand() {
  const query = useQuery(brandQueries.current());
  const brand = query.data?.brand;
  return {
    name: brand?.name,
    tagline: brand?.tagline,
    currency: brand?.currency,
    primaryColor: brand?.primaryColor,
    accentColor: brand?.accentColor,
    hero: brand?.hero,
    logo: brand?.logo ?? null,
    heroImage: brand?.heroImage ?? null,
    isLoading: query.isLoading,
  };
}

/**
 * Puts the brand's colours on :root as the design system's variables once the brand has loaded
 * (and again when a manager saves new ones). Before that, the server's HTML carries the same
 * variables (brandThemeCss), or theme.css's defaults apply.
 */
export function useBrandTheme(): void {
  const { primaryColor, accentColor } = useBrand();
  useLayoutEffect(() => {
    if (!primaryColor || !accentColor) return;
    const root = document.documentElement.style;
    const variables = Object.entries(brandThemeStyle({ primaryColor, accentColor }));
    for (const [name, value] of variables) root.setProperty(name, value);
    return () => variables.forEach(([name]) => root.removeProperty(name));
  }, [primaryColor, accentColor]);
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { brandThemeStyle } from './theme';

/**
 * The brand this platform belongs to: its name titles every page, its currency prices the shop, its
 * colours theme it (theme.ts) and its hero opens the home page.
 */
export const BrandQuery = graphql(`
  query Brand {
    brand {
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

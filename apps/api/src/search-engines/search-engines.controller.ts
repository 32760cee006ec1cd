import { Readable } from 'node:stream';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { Public } from '@flagship/api-core';
import { CategoryService, ProductListingService } from '@flagship/catalog';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicOrigin } from '../app/http/storefront-pages';
import { robotsTxt, sitemapXml, type SitemapEntry } from './search-engines';

export const SEARCH_ENGINES_OPTIONS = Symbol('SEARCH_ENGINES_OPTIONS');

export interface SearchEnginesOptions {
  /** PUBLIC_URL; in development the request's own host stands in. */
  publicUrl?: string;
}

/** What search engines read before crawling: robots.txt and the sitemap (decision 0023). */
/** The sitemap protocol's limit of addresses per file. */
const SITEMAP_LIMIT = 50_000;

@Controller()
export class SearchEnginesController {
  constructor(
    @Inject(SEARCH_ENGINES_OPTIONS) private readonly options: SearchEnginesOptions,
    private readonly categories: CategoryService,
    private readonly products: ProductListingService,
  ) {}

  @Public()
  @Get('robots.txt')
  robots(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    void reply.type('text/plain; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(robotsTxt(publicOrigin(this.options.publicUrl, request)));
  }

  /**
   * The home page, the shop, each category's listing and every published product with its last
   * change, streamed from the database a page of products at a time (a large catalog is never held
   * in memory). One file holds up to 50,000 addresses (the protocol's limit): the rest wait for a
   * sitemap index.
   */
  @Public()
  @Get('sitemap.xml')
  async sitemap(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const categories = await this.categories.list();
    const products = this.products;
    async function* entries(): AsyncGenerator<SitemapEntry> {
      yield { path: '/' };
      yield { path: '/shop' };
      // The marketplace's listings: vendors, their services, members' used items.
      for (const path of ['/vendors', '/services', '/used']) yield { path };
      for (const category of categories) yield { path: `/shop?category=${encodeURIComponent(category.slug)}` };
      let count = 5 + categories.length;
      for await (const product of products.publishedSlugs()) {
        if (count++ >= SITEMAP_LIMIT) return;
        // Services and used items have pages of their own (decision 0035).
        const section = product.offerKind === 'SERVICE' ? 'services' : product.offerKind === 'USED' ? 'used' : 'products';
        yield { path: `/${section}/${encodeURIComponent(product.slug)}`, lastModified: product.updatedAt };
      }
    }
    void reply
      .type('application/xml; charset=utf-8')
      .header('Cache-Control', 'public, max-age=3600')
      .send(Readable.from(sitemapXml(publicOrigin(this.options.publicUrl, request), entries())));
  }
}

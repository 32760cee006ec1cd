import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogModule } from '@flagship/catalog';
import { SEARCH_ENGINES_OPTIONS, SearchEnginesController, type SearchEnginesOptions } from './search-engines.controller';

/** robots.txt and sitemap.xml, served whether or not the API serves the storefront (behind nginx it does not). */
@Module({})
export class SearchEnginesModule {
  static forRoot(options: SearchEnginesOptions): DynamicModule {
    return {
      module: SearchEnginesModule,
      imports: [CatalogModule],
      controllers: [SearchEnginesController],
      providers: [{ provide: SEARCH_ENGINES_OPTIONS, useValue: options }],
    };
  }
}

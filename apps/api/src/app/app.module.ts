import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsModule } from '@flagship/accounts';
import { ApiCoreModule, createGraphQLOptions } from '@flagship/api-core';
import { BrandModule } from '@flagship/brand';
import { CartModule } from '@flagship/cart';
import { CatalogModule } from '@flagship/catalog';
import { DatabaseModule } from '@flagship/database';
import { EventsModule } from '@flagship/events';
import { JobsModule } from '@flagship/jobs';
import { MediaModule } from '@flagship/media';
import { OrdersModule } from '@flagship/orders';
import { PaymentsModule } from '@flagship/payments';
import { RateLimitsModule } from '@flagship/rate-limits';
import { ReviewsModule } from '@flagship/reviews';
import { CommunityModule } from '@flagship/community';
import { MarketplaceModule } from '@flagship/marketplace';
import type { ApiConfig } from '../config';
import { AdviceDemo } from '../demo/community/advice-demo';
import { DemoInteractions } from '../demo/community/interactions';
import { DemoBuilds } from '../demo/community/builds';
import { DemoGuides } from '../demo/community/demo-guides';
import { DemoDataService } from '../demo/demo-data.service';
import { marketplaceDemoProviders } from '../demo/marketplace/marketplace-demo';
import { HealthModule } from '../health/health.module';
import { SearchEnginesModule } from '../search-engines/search-engines.module';
import { DomainSettingsModule } from './domain-settings.module';
import { platformEventCatalog } from './event-catalog';
import { platformEntities, platformMigrations } from './persistence';

export interface AppModuleOptions {
  config: ApiConfig;
  databaseUrl: string;
  onUnexpectedError: (error: unknown) => void;
  onQuery?: (sql: string) => void;
  /** Test-only modules (resources no domain has yet, to prove the access rules on). */
  extraModules?: (Type | DynamicModule)[];
}

/** Wires the domains together; no rules live here. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, onUnexpectedError, onQuery, extraModules = [] }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot({
          url: databaseUrl,
          entities: platformEntities,
          migrations: platformMigrations,
          poolSize: config.databasePoolSize,
          onQuery,
        }),
        GraphQLModule.forRoot(createGraphQLOptions({ production: config.production, onUnexpectedError })),
        ApiCoreModule,
        EventsModule.forRoot({ catalog: platformEventCatalog }),
        MediaModule.forRoot(config.s3Media ? { kind: 's3', ...config.s3Media } : { kind: 'local', dir: `${config.dataDir}/media` }),
        DomainSettingsModule.forRoot([
          AccountsModule.options({
            sessionTtlDays: config.sessionTtlDays,
            secureCookies: config.secureCookies,
            // The routes that act for a signed-in person: GraphQL and image uploads. Not the storefront's
            // files and pages, media, health or webhooks.
            sessionRoutes: ['graphql', 'catalog/*path', 'brand/*path', 'uploads/*path'],
          }),
          PaymentsModule.options({ stripe: config.stripe }),
        ]),
        AccountsModule,
        BrandModule,
        CatalogModule,
        CartModule,
        JobsModule.forRoot({ url: databaseUrl, enabled: config.jobsEnabled }),
        RateLimitsModule.forRoot({ url: databaseUrl }),
        PaymentsModule,
        OrdersModule,
        ReviewsModule,
        CommunityModule,
        MarketplaceModule,
        HealthModule,
        SearchEnginesModule.forRoot({ publicUrl: config.publicUrl }),
        ...extraModules,
      ],
      providers: [DemoDataService, DemoBuilds, DemoGuides, AdviceDemo, DemoInteractions, ...marketplaceDemoProviders],
    };
  }
}

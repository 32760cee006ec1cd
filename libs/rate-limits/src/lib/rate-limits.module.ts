import { Global, Module, type DynamicModule } from '@nestjs/common';
import { RATE_LIMITS_OPTIONS, RateLimiter, type RateLimitsOptions } from './rate-limiter.service';
import { RateLimitsPurgeJob } from './rate-limits-purge.job';

/** Global, like the event log: any domain limits its own actions; none owns the counters. */
@Global()
@Module({})
export class RateLimitsModule {
  static forRoot(options: RateLimitsOptions): DynamicModule {
    return {
      module: RateLimitsModule,
      providers: [{ provide: RATE_LIMITS_OPTIONS, useValue: options }, RateLimiter, RateLimitsPurgeJob],
      exports: [RateLimiter],
    };
  }
}

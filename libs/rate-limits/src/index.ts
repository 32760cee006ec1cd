export { RateLimitsModule } from './lib/rate-limits.module';
export { RateLimiter, type RateLimitsOptions } from './lib/rate-limiter.service';
export { RateLimitedError, inAbout, type RateLimit } from './lib/rate-limit';
export { clientAddressKey } from './lib/client-address';
export { RateLimitsPurgeJob, PURGE_RATE_LIMITS_JOB } from './lib/rate-limits-purge.job';
import { RateLimitCounter } from './lib/rate-limit-counter.entity';
import { CreateRateLimit1764600000000 } from './migrations/1764600000000-create-rate-limit';

export const rateLimitsEntities = [RateLimitCounter];
export const rateLimitsMigrations = [CreateRateLimit1764600000000];

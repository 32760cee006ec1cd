import { JobQueue } from '@flagship/jobs';
import { consumerJobName } from '@flagship/events';
import { EXPIRE_RESERVATIONS_JOB, UNHONOURED_PAYMENT_REFUNDS } from '@flagship/orders';
import { RETRY_REFUNDS_JOB } from '@flagship/payments';
import { EXPIRE_BUILDS_JOB } from '@flagship/community';
import { EXPIRE_BOOKING_HOLDS_JOB, SEND_PAYOUTS_JOB } from '@flagship/marketplace';
import { PURGE_RATE_LIMITS_JOB } from '@flagship/rate-limits';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/** The expiry, the refund retries and the event feed's consumers run as pg-boss jobs on the platform's own PostgreSQL. */
describe('reservation expiry job', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ jobsEnabled: true });
  });
  afterAll(() => env.close());

  it('is scheduled every minute and cancels expired reservations when it runs', async () => {
    const schedules = await env.dataSource.query(`SELECT name, cron FROM pgboss.schedule ORDER BY name`);
    expect(schedules).toEqual([
      { name: EXPIRE_BUILDS_JOB, cron: '*/5 * * * *' },
      { name: 'community-parse-gpx', cron: '* * * * *' },
      { name: consumerJobName(UNHONOURED_PAYMENT_REFUNDS), cron: '* * * * *' },
      { name: EXPIRE_BOOKING_HOLDS_JOB, cron: '* * * * *' },
      { name: 'marketplace-release-held-funds', cron: '*/5 * * * *' },
      { name: 'marketplace-retry-orphaned-part-refunds', cron: '*/5 * * * *' },
      { name: SEND_PAYOUTS_JOB, cron: '* * * * *' },
      { name: 'media-asset-cleanup', cron: '23 * * * *' },
      { name: EXPIRE_RESERVATIONS_JOB, cron: '* * * * *' },
      { name: RETRY_REFUNDS_JOB, cron: '* * * * *' },
      { name: PURGE_RATE_LIMITS_JOB, cron: '*/10 * * * *' },
    ]);

    const [{ id }] = await env.dataSource.query(
      `INSERT INTO shop_order (account_id, checkout_key, currency, prices_include_tax, tax_rate_bp, shipping_method_name, ship_name, ship_line1, ship_city, ship_postcode, ship_country, reservation_expires_at)
       SELECT id, gen_random_uuid(), 'EUR', true, 1900, 'Standard', 'X', 'Y 1', 'Berlin', '10115', 'DE', now() - interval '1 minute' FROM account LIMIT 1 RETURNING id`,
    );
    await env.app.get(JobQueue).runNow(EXPIRE_RESERVATIONS_JOB);

    const deadline = Date.now() + 20_000;
    let status = 'PENDING_PAYMENT';
    while (status !== 'CANCELLED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      [{ status }] = await env.dataSource.query(`SELECT status FROM shop_order WHERE id = $1`, [id]);
    }
    expect(status).toBe('CANCELLED');
  });
});

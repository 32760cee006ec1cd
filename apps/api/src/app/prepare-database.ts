import type { INestApplicationContext } from '@nestjs/common';
import { ProductImageService } from '@flagship/catalog';
import { TransactionalConnection, runMigrations, withAdvisoryLock } from '@flagship/database';
import { DemoDataService, type DemoLogin } from '../demo/demo-data.service';

/**
 * Brings the schema up to date (and photos stored before variants existed) and, on a brand-new database, creates the demo (unless turned off). Both run under one
 * advisory lock so several processes starting together do this once.
 */
export async function prepareDatabase(
  app: INestApplicationContext,
  options: { demoData: boolean },
): Promise<{ migrations: string[]; demoLogins?: DemoLogin[] }> {
  const { dataSource } = app.get(TransactionalConnection);
  return withAdvisoryLock(dataSource, async () => {
    const migrations = await runMigrations(dataSource, { locked: true });
    // Photos stored as one file (before decision 0020) get their variants once; normally none.
    await app.get(ProductImageService).upgradeSingleFilePhotos();
    const demoLogins = options.demoData ? await app.get(DemoDataService).seedIfEmpty() : undefined;
    return { migrations, demoLogins };
  });
}

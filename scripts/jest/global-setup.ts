import { randomUUID } from 'node:crypto';
// Relative import: Jest loads global setup outside its module system, so path aliases do not apply.
import { DemoImageRenderer } from '../../apps/api/src/demo/demo-image-renderer';
import { PIPELINE_VERSION, renderSvg } from '../../libs/media/src/lib/image-encoding';
import { startTestDatabaseServer, type TestDatabaseServer } from './test-database-server';

declare global {
  var flagshipTestServer: TestDatabaseServer | undefined;
}

/**
 * Starts the PostgreSQL server the whole run uses. Test files then create their own databases on it
 * (see libs/testing: createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  // Every test file seeds the demo: its drawings are rendered once here (seconds on a new machine),
  // then read from the cache, rather than in the first file's setup under its time limit.
  const [server] = await Promise.all([startTestDatabaseServer(), new DemoImageRenderer(renderSvg, PIPELINE_VERSION).renderAll()]);
  globalThis.flagshipTestServer = server;
  // Workers start after this and inherit the environment.
  process.env.FLAGSHIP_TEST_ADMIN_URL = server.adminUrl;
  process.env.FLAGSHIP_TEST_RUN = randomUUID().replaceAll('-', '').slice(0, 10);
}

import { randomUUID } from 'node:crypto';
// Relative import: Jest loads global setup outside its module system, so path aliases do not apply.
import { startTestDatabaseServer, type TestDatabaseServer } from './test-database-server';

declare global {
  var flagshipTestServer: TestDatabaseServer | undefined;
}

/**
 * Starts the PostgreSQL server the whole run uses. Test files then create their own databases on it
 * (see libs/testing: createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  const server = await startTestDatabaseServer();
  globalThis.flagshipTestServer = server;
  // Workers start after this and inherit the environment.
  process.env.FLAGSHIP_TEST_ADMIN_URL = server.adminUrl;
  process.env.FLAGSHIP_TEST_RUN = randomUUID().replaceAll('-', '').slice(0, 10);
}

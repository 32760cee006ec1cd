import pg from 'pg';

/** Drops what this run created (on an external server) and stops the embedded one. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.flagshipTestServer;
  if (!server) return;
  const run = process.env.FLAGSHIP_TEST_RUN;
  if (process.env.DATABASE_URL && run) {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`ft_${run}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  await server.stop();
}

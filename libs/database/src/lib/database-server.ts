import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServerOptions {
  /** An external server; when set, nothing is started. */
  databaseUrl?: string;
  /** Where the embedded server keeps its files when no URL is given. */
  dataDir: string;
  embeddedPort: number;
  databaseName: string;
  onLog?: (line: string) => void;
}

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  /** Embedded and started by another process on the same data folder. */
  shared: boolean;
  /** Embedded: the folder its cluster is in (as root, possibly a folder `dataDir` links to; decision 0015). */
  clusterDir?: string;
  stop(): Promise<void>;
}

/**
 * The database the platform runs on: `DATABASE_URL` when given, otherwise an embedded PostgreSQL whose
 * files live in `dataDir` and survive restarts.
 */
export async function openDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, shared: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    onLog: options.onLog,
  });
  try {
    const url = await ensureDatabase(server.adminUrl, options.databaseName);
    return { url, embedded: true, shared: !server.owned, clusterDir: server.clusterDir, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

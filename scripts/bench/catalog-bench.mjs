// `npm run bench`: the public catalog page (20 products with variants, prices and rating) and the
// community feed page (20 cards with author, cover and excerpt) through the real API, each against a raw
// node:http + pg server answering the same page from the same database, in the same run. Warm-up discarded, several alternating runs, medians reported. See README "Benchmark".
// The storefront's page speed is measured by `npm run lighthouse` (scripts/lighthouse, README "Speed").
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CONTRIBUTIONS = Number(process.env.BENCH_CONTRIBUTIONS ?? 10_000);
/** Which pages to measure: `catalog`, `feed` or both (the default). */
const PAGES = (process.env.BENCH_PAGES ?? 'catalog,feed').split(',');

const QUERY = `query CatalogPage {
  products(first: 20, sort: NEWEST) {
    nodes {
      id slug name
      priceFrom { amountMinor currency }
      ratingAverage ratingCount
      category { name }
      variants { id sku name price { amountMinor currency } stock }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

// What a community card shows (features/community-feed), without badges (the raw server would need the
// platform's badge rules too).
const FEED_QUERY = `query FeedPage {
  communityFeed(first: 20) {
    nodes {
      id kind title excerpt tags publishedAt commentCount reactionCount supportCount
      author { id displayName avatarUrl }
      cover { id image { url srcset alt width height } caption }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

function start(name, args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.output = () => output;
  child.label = name;
  return child;
}

async function waitFor(url, child, init) {
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error(`${child.label} exited:\n${child.output()}`);
    const ok = await fetch(url, init).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.label} did not come up:\n${child.output()}`);
}

const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));

/** User + system CPU time of a process so far, in milliseconds (Linux /proc, 100 ticks a second). */
async function cpuMs(pid) {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function seed(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM product`)).rows;
  if (n < PRODUCTS) {
    await client.query(
      `WITH cats AS (SELECT array_agg(id) AS ids FROM category),
       p AS (
         INSERT INTO product (slug, name, description, category_id, status, currency, min_price_minor, rating_average, rating_count, created_at)
         SELECT 'bench-' || g, 'Bench product ' || g, 'A product for the benchmark', (SELECT ids[1 + g % array_length(ids, 1)] FROM cats),
                'PUBLISHED', 'EUR', 1000 + g % 5000, (g % 50) / 10.0, g % 40, now() - (g || ' seconds')::interval
         FROM generate_series(1, $1::int) AS g RETURNING id, slug, min_price_minor
       )
       INSERT INTO product_variant (product_id, sku, name, size, price_minor, currency, stock, position)
       SELECT p.id, upper(p.slug) || '-' || k, 'Size ' || k, 'S' || k, p.min_price_minor + k * 100, 'EUR', 10 * k, k FROM p, generate_series(0, 2) AS k`,
      [PRODUCTS - n],
    );
  }
  const [{ total }] = (await client.query(`SELECT count(*)::int AS total FROM product`)).rows;
  // Freshly inserted rows: set their hint bits and table statistics now, so that neither server pays
  // for it (or for autovacuum catching up) during its runs.
  await client.query('VACUUM ANALYZE');
  await client.end();
  return total;
}

/** CONTRIBUTIONS published contributions by the demo's accounts, each with a cover photo row. */
async function seedFeed(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM contribution WHERE status = 'PUBLISHED'`)).rows;
  if (n < CONTRIBUTIONS) {
    await client.query(
      `WITH authors AS (SELECT array_agg(id ORDER BY email) AS ids FROM account),
       c AS (
         INSERT INTO contribution (kind, author_id, title, body, tags, status, published_at, comment_count, reaction_count, support_count)
         SELECT (ARRAY['BUILD','ROUTE','GUIDE','QUESTION']::contribution_kind[])[1 + g % 4], (SELECT ids[1 + g % array_length(ids, 1)] FROM authors),
                'Bench contribution ' || g, 'A **story** about contribution ' || g || ', with a [link](https://example.com) and a few more words to cut.',
                ARRAY['gravel', 'bench'], 'PUBLISHED', now() - (g || ' minutes')::interval, g % 9, g % 31, g % 5
         FROM generate_series(1, $1::int) AS g RETURNING id, author_id
       ),
       a AS (
         INSERT INTO media_asset (id, owner_id, storage_key, width, height, widths, alt, attached_at)
         SELECT gen_random_uuid(), author_id, 'community/' || id, 1600, 1200, '{320,480,640,800,1280,1600}', 'A bench photo', now() FROM c RETURNING id, storage_key
       )
       INSERT INTO contribution_photo (contribution_id, media_asset_id, position) SELECT substr(a.storage_key, 11)::uuid, a.id, 0 FROM a`,
      [CONTRIBUTIONS - n],
    );
  }
  const [{ total }] = (await client.query(`SELECT count(*)::int AS total FROM contribution WHERE status = 'PUBLISHED'`)).rows;
  await client.query('VACUUM ANALYZE');
  await client.end();
  return total;
}

async function measure(target, pid, seconds) {
  const before = await cpuMs(pid);
  const result = await autocannon({ ...target, connections: CONNECTIONS, duration: seconds });
  const cpu = (await cpuMs(pid)) - before;
  if (result.non2xx || result.errors) throw new Error(`${target.title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuPerRequestMs: cpu / Math.max(1, result.requests.total) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const PAGE_BENCHES = [
  {
    name: 'catalog',
    label: 'Catalog page',
    title: () => `Catalog page (20 products with variants) from ${PRODUCTS} products`,
    query: QUERY,
    rawServer: 'scripts/bench/raw-catalog-server.mjs',
    seed,
    rows: 'products',
    extra: () => ({ products: PRODUCTS }),
  },
  {
    name: 'feed',
    label: 'Community feed page',
    title: () => `Community feed page (20 cards: author, cover, Markdown excerpt) from ${CONTRIBUTIONS} contributions`,
    query: FEED_QUERY,
    rawServer: 'scripts/bench/raw-feed-server.mjs',
    seed: seedFeed,
    rows: 'contributions',
    extra: () => ({ contributions: CONTRIBUTIONS }),
  },
];

/** One page through the API against its raw server: the same JSON checked, warm-up, alternating runs. */
async function comparePage(page, api, raw, apiPort, rawPort) {
  const apiTarget = {
    title: 'api',
    url: `http://127.0.0.1:${apiPort}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: page.query }),
  };
  const rawTarget = { title: 'raw', url: `http://127.0.0.1:${rawPort}/`, method: 'POST', body: '{}' };

  const [apiBody, rawBody] = await Promise.all([apiTarget, rawTarget].map((t) => fetch(t.url, t).then((r) => r.json())));
  if (!isDeepStrictEqual(apiBody, rawBody)) throw new Error(`The two servers answer differently:\n${JSON.stringify(apiBody).slice(0, 600)}\n${JSON.stringify(rawBody).slice(0, 600)}`);

  process.stdout.write(`Warm-up ${WARMUP}s each (discarded)…\n`);
  await measure(apiTarget, api.pid, WARMUP);
  await measure(rawTarget, raw.pid, WARMUP);
  const runs = { api: [], raw: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.api.push(await measure(apiTarget, api.pid, DURATION));
    runs.raw.push(await measure(rawTarget, raw.pid, DURATION));
    process.stdout.write(`run ${i + 1}/${RUNS}: api ${runs.api[i].rps.toFixed(0)} req/s, raw ${runs.raw[i].rps.toFixed(0)} req/s\n`);
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        rps: median(list.map((r) => r.rps)),
        p50: median(list.map((r) => r.p50)),
        p99: median(list.map((r) => r.p99)),
        cpuPerRequestMs: median(list.map((r) => r.cpuPerRequestMs)),
      },
    ]),
  );
  const ratio = summary.api.rps / summary.raw.rps;
  const table = [
    `${page.title()}, ${CONNECTIONS} connections, median of ${RUNS} × ${DURATION}s`,
    `server  req/s    p50 ms  p99 ms  CPU ms/req`,
    ...['api', 'raw'].map((name) => `${name.padEnd(7)} ${summary[name].rps.toFixed(0).padStart(6)}  ${String(summary[name].p50).padStart(6)}  ${String(summary[name].p99).padStart(6)}  ${summary[name].cpuPerRequestMs.toFixed(2).padStart(10)}`),
    `ratio api/raw: ${ratio.toFixed(2)}`,
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  await mkdir('scripts/bench/results', { recursive: true });
  await writeFile(
    `scripts/bench/results/${page.name}-latest.json`,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...page.extra(), runs: RUNS, seconds: DURATION, connections: CONNECTIONS, summary, ratio: Number(ratio.toFixed(3)) }, null, 2)}\n`,
  );
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-bench-'));
  await chmod(dataDir, 0o755);
  const [apiPort, pgPort, rawPort] = [await freePort(), await freePort(), await freePort()];
  // The same Node flags as `npm start` (a larger young generation: fewer scavenges under load).
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean);
  const api = start('api', [...nodeFlags, 'dist/apps/api/main.js'], {
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    NODE_ENV: 'production',
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    ALLOW_TEST_PAYMENTS: 'true',
    DEMO_DATA: 'true',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    COOKIE_SECURE: 'false',
    STOREFRONT_DIR: path.join(dataDir, 'no-storefront'),
  });
  let raw;
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/health`, api);
    const databaseUrl = `postgres://postgres:flagship-embedded@127.0.0.1:${pgPort}/flagship`;
    for (const page of PAGE_BENCHES.filter((p) => PAGES.includes(p.name))) {
      process.stdout.write(`\n${page.label}: seeding… `);
      process.stdout.write(`${await page.seed(databaseUrl)} ${page.rows}\n`);
      raw = start('raw', [page.rawServer], { PORT: String(rawPort), DATABASE_URL: databaseUrl });
      await waitFor(`http://127.0.0.1:${rawPort}/`, raw);
      await comparePage(page, api, raw, apiPort, rawPort);
      await stop(raw);
      raw = undefined;
    }
    // The other benchmark: what a shopper's phone gets (README "Speed", decision 0025).
    process.stdout.write('\nStorefront page speed (Lighthouse, mobile, home/shop/product): npm run lighthouse\n');
  } finally {
    if (raw) await stop(raw);
    await stop(api);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});

// `npm run lighthouse`: Lighthouse's mobile preset on the storefront's home, shop and product pages,
// against the built platform with the demo data, in Debian's Chromium. Each page is measured several
// times (3 by default) and the medians printed; `--check` also fails when a score misses its target.
// Not part of `npm test`: scores move with the machine's load, so they belong with the benchmarks.
// How to read the numbers: README "Speed", decision 0025.
//
//   npm run lighthouse                       build, start on a free port, measure, print, write dist/lighthouse/
//   npm run lighthouse -- --check            the same, exit 1 when a median misses a target or the entry is over budget
//   npm run lighthouse -- --runs 5           more runs per page
//   npm run lighthouse -- --no-build         measure dist/ as it is
//   npm run lighthouse -- --url http://127.0.0.1:3000   measure a platform that is already running
//   npm run lighthouse -- --product summit-cf-gravel    another product page
//   npm run lighthouse -- --pages home --runs 5         some of the pages only
//   npm run lighthouse -- --root ../other-checkout      build and measure another checkout (a baseline)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { STOREFRONT_DIR, entryBundle } from './bundle.mjs';

export const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 95, seo: 95 };
const CATEGORIES = Object.keys(TARGETS);
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const OUT_DIR = 'dist/lighthouse';
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS ?? '3' },
    build: { type: 'boolean', default: true },
    warmup: { type: 'boolean', default: true },
    url: { type: 'string' },
    product: { type: 'string', default: 'summit-al-gravel' },
    pages: { type: 'string', default: 'home,shop,product' },
    root: { type: 'string', default: '.' },
  },
  allowNegative: true,
});
const RUNS = Math.max(1, Number(options.runs));

const log = (line = '') => process.stdout.write(`${line}\n`);

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * The platform as `npm start` runs it in production (what a shopper gets), on a free port with a
 * fresh embedded PostgreSQL holding the demo, like the end-to-end tests' platform-server.ts.
 */
async function startPlatform() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-lighthouse-'));
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['--max-semi-space-size=32', 'dist/apps/api/main.js'], {
    cwd: options.root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      NODE_ENV: 'production',
      // Canonical links and link previews name the address Lighthouse loads (SEO checks the canonical).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DEMO_DATA: 'true',
      ALLOW_TEST_PAYMENTS: 'true',
      COOKIE_SECURE: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The platform exited with ${child.exitCode}:\n${output}`);
    }
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The platform did not become healthy within 120 s:\n${output}`);
}

/** The product page to measure: the one asked for when the catalog has it, else the newest product. */
async function productPath(baseUrl, wanted) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ products(first: 100) { nodes { slug } } }' }),
  });
  const slugs = ((await response.json()).data?.products?.nodes ?? []).map((p) => p.slug);
  if (slugs.length === 0) throw new Error(`${baseUrl} has no products to measure a product page with`);
  return `/products/${slugs.includes(wanted) ? wanted : slugs[0]}`;
}

/** One Lighthouse run in a fresh Chromium (its own empty profile: nothing cached from earlier runs). */
async function measure(url) {
  const loadAverage = os.loadavg()[0];
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    // No config: Lighthouse's default, the mobile preset (Moto G Power screen, simulated slow 4G, 4x CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: ['html'], logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100)]));
    const metrics = Object.fromEntries(METRICS.map(([id, name]) => [name, lhr.audits[id]?.numericValue ?? NaN]));
    // How fast this machine ran Lighthouse's own CPU benchmark: low when it is slow or busy.
    const machine = { benchmarkIndex: lhr.environment.benchmarkIndex, loadAverage: Math.round(loadAverage * 10) / 10 };
    return { scores, metrics, machine, lhr, html: result.report[0], warnings: lhr.runWarnings };
  } finally {
    await chrome.kill();
  }
}

/**
 * `measure`, tried again when Lighthouse could not measure at all (it sometimes loses the trace:
 * NO_NAVSTART, NO_FCP on a busy machine); a page that fails three times in a row stops the script.
 */
async function measureWithRetries(url, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`  (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}; trying again)`);
    }
  }
}

const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Audits that cost points in a run (performance opportunities and diagnostics included), worst first. */
function failingAudits(lhr) {
  const seen = new Map();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || ['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)) continue;
      if (ref.weight === 0 && id !== 'performance') continue;
      seen.set(ref.id, { category: id, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' });
    }
  }
  return [...seen.values()].sort((a, b) => a.score - b.score);
}

const formatMetric = (name, value) => (Number.isNaN(value) ? '–' : name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`);

async function main() {
  const build = options.build && !options.url;
  if (build) {
    log(`Building the platform (npm run build${options.root === '.' ? '' : ` in ${options.root}`})…`);
    await run('npm', ['run', '--silent', 'build'], options.root);
  }
  const platform = options.url ? { baseUrl: options.url.replace(/\/$/, ''), stop: async () => {} } : await startPlatform();
  const pages = [];
  try {
    const product = await productPath(platform.baseUrl, options.product);
    const pagePaths = { home: '/', shop: '/shop', product };
    const targets = options.pages.split(',').map((name) => {
      if (!(name in pagePaths)) throw new Error(`--pages: unknown page ${name} (home, shop, product)`);
      return [name, pagePaths[name]];
    });
    log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset, ${RUNS} run(s) per page, on ${platform.baseUrl}`);
    if (options.warmup) {
      // The server's first requests compile code paths and fill caches; a shopper meets a warm server.
      log('Warm-up: one discarded run per page…');
      for (const [, pathname] of targets) await measureWithRetries(`${platform.baseUrl}${pathname}`).catch(() => undefined);
    }
    for (const [name, pathname] of targets) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await measureWithRetries(`${platform.baseUrl}${pathname}`).catch((error) => {
          log(`  ${name.padEnd(8)} run ${i + 1}/${RUNS}: not measured (${error instanceof Error ? error.message.split('\n')[0] : error})`);
        });
        if (!result) continue;
        runs.push(result);
        log(`  ${name.padEnd(8)} run ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')} (benchmark index ${Math.round(result.machine.benchmarkIndex)}, load ${result.machine.loadAverage})`);
      }
      // A page never measured is reported as such (and misses every target), the others still are.
      if (runs.length === 0) {
        pages.push({ name, path: pathname, scores: Object.fromEntries(CATEGORIES.map((c) => [c, NaN])), metrics: Object.fromEntries(METRICS.map(([, m]) => [m, NaN])), runs: [], failing: [], warnings: ['not measured'] });
        continue;
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
      const metrics = Object.fromEntries(METRICS.map(([, m]) => [m, median(runs.map((r) => r.metrics[m]))]));
      // The run whose performance score is the median one: its report explains the medians best.
      const representative = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((runs.length - 1) / 2)];
      pages.push({ name, path: pathname, scores, metrics, runs: runs.map((r) => ({ scores: r.scores, metrics: r.metrics, machine: r.machine })), failing: failingAudits(representative.lhr), warnings: representative.warnings, html: representative.html, lhr: representative.lhr });
    }
  } finally {
    await platform.stop();
  }

  const bundle = options.url ? undefined : await entryBundle(path.join(options.root, STOREFRONT_DIR)).catch(() => undefined);
  const allRuns = pages.flatMap((p) => p.runs);
  const machine = {
    benchmarkIndex: Math.round(median(allRuns.map((r) => r.machine.benchmarkIndex))),
    maxLoadAverage: Math.max(0, ...allRuns.map((r) => r.machine.loadAverage)),
    cpus: os.cpus().length,
  };
  // Simulated throttling slows the CPU work it observed 4x: on a busy machine that work already took
  // longer, so TBT and the performance score come out lower, and vary more, than on an idle one.
  // Chromium and the platform under test keep about one CPU busy themselves.
  const busy = machine.maxLoadAverage > machine.cpus + 1;
  const busyNote = busy ? `The machine was busy (load average up to ${machine.maxLoadAverage} on ${machine.cpus} CPUs): performance scores are lower and noisier than on an idle machine. Measure again when it is idle, or with --runs 5.` : '';
  const misses = [];
  for (const page of pages) for (const c of CATEGORIES) if (!(page.scores[c] >= TARGETS[c])) misses.push(`${page.name} ${c} ${page.scores[c]} < ${TARGETS[c]}`);
  if (bundle && !bundle.withinBudget) misses.push(`entry bundle ${bundle.brotliKiB} KiB brotli > budget ${bundle.budgetKiB} KiB`);

  const header = ['page', ...CATEGORIES, ...METRICS.map(([, m]) => m)];
  const rows = pages.map((p) => [p.name, ...CATEGORIES.map((c) => (Number.isNaN(p.scores[c]) ? '–' : String(p.scores[c]))), ...METRICS.map(([, m]) => formatMetric(m, p.metrics[m]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  log();
  log(`Median of ${RUNS} run(s), mobile. Targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ')}`);
  for (const row of [header, ...rows]) log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  if (bundle) log(`Entry bundle (entry + modulepreloads + CSS): ${bundle.rawKiB} KiB raw, ${bundle.brotliKiB} KiB brotli (budget ${bundle.budgetKiB} KiB)`);
  log(`Machine: Lighthouse benchmark index ${machine.benchmarkIndex} (median), load average up to ${machine.maxLoadAverage} on ${machine.cpus} CPUs`);
  if (busy) log(busyNote);
  for (const page of pages) {
    if (page.failing.length) log(`\n${page.name}: what costs points`);
    for (const audit of page.failing.slice(0, 12)) log(`  [${audit.category}] ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }

  await mkdir(OUT_DIR, { recursive: true });
  const date = new Date().toISOString();
  const summary = {
    date,
    lighthouse: LIGHTHOUSE_VERSION,
    chromium: CHROME_FLAGS,
    node: process.version,
    machine,
    runs: RUNS,
    targets: TARGETS,
    pages: pages.map(({ html: _html, lhr: _lhr, ...page }) => page),
    bundle,
    misses,
  };
  await writeFile(path.join(OUT_DIR, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  for (const page of pages.filter((p) => p.lhr)) {
    await writeFile(path.join(OUT_DIR, `${page.name}.report.html`), page.html);
    await writeFile(path.join(OUT_DIR, `${page.name}.report.json`), JSON.stringify(page.lhr));
  }
  const markdown = [
    `# Lighthouse, mobile preset, median of ${RUNS} run(s)`,
    '',
    `${date}, Lighthouse ${summary.lighthouse}, ${machine.cpus} CPUs, benchmark index ${machine.benchmarkIndex}, load average up to ${machine.maxLoadAverage}. Targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ')}.`,
    ...(busy ? ['', `> ${busyNote}`] : []),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...pages.map((p, i) => `| ${p.name} (\`${p.path}\`) | ${rows[i].slice(1).join(' | ')} |`),
    '',
    bundle ? `Entry bundle (entry script, modulepreloads, CSS): ${bundle.rawKiB} KiB raw, ${bundle.brotliKiB} KiB brotli; budget ${bundle.budgetKiB} KiB.` : '',
    '',
    ...pages.flatMap((p) => (p.failing.length ? [`## ${p.name}: what costs points`, '', ...p.failing.map((a) => `- [${a.category}] ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`), ''] : [])),
    misses.length ? `## Below target\n\n${misses.map((m) => `- ${m}`).join('\n')}\n` : '## All targets met\n',
  ].join('\n');
  await writeFile(path.join(OUT_DIR, 'summary.md'), markdown);
  log(`\nWritten: ${OUT_DIR}/summary.json, summary.md and, per page, the median run's report (.report.html to open in a browser, .report.json).`);

  if (misses.length) {
    log(`\nBelow target:\n${misses.map((m) => `  ${m}`).join('\n')}`);
    if (options.check) process.exit(1);
  } else log('\nAll targets met.');
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});

// `npm run bench:gpx`: the GPX engine on generated files of 50,000 and 200,000 points (3 segments,
// hills, GPS-like noise, elevation and times): parse + stats + simplify + hide, then the served
// polyline and profile, timed one after the other. A warm-up run is discarded; medians of BENCH_RUNS
// runs are reported and written to scripts/bench/results/gpx-latest.json. See README "Routes (GPX)".
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_GPX_POINTS ?? '50000,200000').split(',').map(Number);

// The engine is TypeScript inside libs/community: bundle just that folder (the only outside import is
// api-core's DomainError) into a temporary ES module.
const dir = await mkdtemp(path.join(os.tmpdir(), 'gpx-bench-'));
const outfile = path.join(dir, 'gpx.mjs');
await build({
  entryPoints: [path.join(root, 'libs/community/src/lib/routes/gpx/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  alias: { '@flagship/api-core': path.join(root, 'libs/api-core/src/lib/errors/domain-error.ts') },
  outfile,
  logLevel: 'warning',
});
// Resolve the bundle's packages (saxes, @nestjs/common) from the project.
const bundlePath = path.join(root, 'node_modules/.cache/gpx-bench.mjs');
await mkdir(path.dirname(bundlePath), { recursive: true });
await writeFile(bundlePath, await readFile(outfile));
await rm(dir, { recursive: true, force: true });
const gpx = await import(pathToFileURL(bundlePath).href);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
};

const results = [];
for (const points of SIZES) {
  const file = Buffer.from(gpx.generateGpx({ seed: `bench-${points}`, points, segments: 3, hills: 12, noise: 3, spacingM: 5 }));
  const endOffset = gpx.randomEndOffset(gpx.seededRandom('bench-member'));
  const zones = [{ ...gpx.offsetPoint({ lat: 46.96, lng: 7.46 }, gpx.randomZoneOffset(300, gpx.seededRandom('zone'))), radiusM: 300 }];
  const runs = [];
  for (let run = 0; run <= RUNS; run++) {
    const [parsed, parseMs] = time(() => gpx.parseGpx(file));
    const [stats, statsMs] = time(() => gpx.trackStats(parsed.segments));
    const [simplified, simplifyMs] = time(() => gpx.simplifyTrack(parsed.segments, 5));
    const [hidden, hideMs] = time(() => gpx.hidePrivateParts(parsed.segments, { zones, endOffset, seed: `route-${run}` }));
    const [, servedMs] = time(() => {
      const served = gpx.simplifyTrack(hidden, 5);
      return [served.map((segment) => gpx.encodePolyline(segment)), gpx.elevationProfile(hidden, 200)];
    });
    if (run === 0) {
      console.log(
        `${points.toLocaleString('en')} points, ${(file.length / 1024 / 1024).toFixed(1)} MB: ${(stats.distanceM / 1000).toFixed(1)} km, ` +
          `+${stats.elevationGainM.toFixed(0)} m, simplified to ${simplified.flat().length.toLocaleString('en')} points`,
      );
      continue; // warm-up
    }
    runs.push({ parseMs, statsMs, simplifyMs, hideMs, servedMs, totalMs: parseMs + statsMs + simplifyMs + hideMs + servedMs });
  }
  const summary = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, Math.round(median(runs.map((r) => r[key])))]));
  results.push({ points, bytes: file.length, ...summary });
  console.log(
    `  median of ${RUNS}: parse ${summary.parseMs} ms, stats ${summary.statsMs} ms, simplify ${summary.simplifyMs} ms, ` +
      `hide ${summary.hideMs} ms, served polyline + profile ${summary.servedMs} ms: total ${summary.totalMs} ms`,
  );
}
// Refusals: how long the parser takes to say no (it must never hang the API).
const laughs = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]><gpx><metadata><name>&bbbbbbbbb;</name></metadata></gpx>`;
const refusals = {
  billionLaughs: laughs,
  externalEntity: '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><metadata><name>&x;</name></metadata></gpx>',
  binary1MB: Buffer.from(Array.from({ length: 1024 * 1024 }, (_, i) => (i * 7919) % 256)),
  text1MB: 'lat,lon\n'.repeat(128 * 1024),
  over25MB: Buffer.alloc(26 * 1024 * 1024, 0x20),
  truncated5MB: Buffer.from(gpx.generateGpx({ seed: 'cut', points: 50_000, spacingM: 5 }).slice(0, -200)),
};
const refusalMs = {};
for (const [name, file] of Object.entries(refusals)) {
  const start = performance.now();
  try {
    gpx.parseGpx(file);
    throw new Error(`${name} was accepted`);
  } catch (error) {
    if (error.code !== 'BAD_USER_INPUT') throw error;
    refusalMs[name] = Math.round((performance.now() - start) * 10) / 10;
    console.log(`refused ${name} in ${refusalMs[name]} ms: ${error.message}`);
  }
}

await mkdir(path.join(root, 'scripts/bench/results'), { recursive: true });
await writeFile(
  path.join(root, 'scripts/bench/results/gpx-latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), runs: RUNS, results, refusalMs }, null, 2)}\n`,
);

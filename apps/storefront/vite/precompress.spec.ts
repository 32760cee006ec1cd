import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress';

describe('precompressDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'flagship-precompress-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a .br and a .gz beside each text file of 1 KiB or more, decompressing to the file', async () => {
    const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i % 20}`))};\n`;
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), script);
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>small</title>');
    await writeFile(path.join(dir, 'assets', 'photo.webp'), Buffer.alloc(4096, 7));
    await mkdir(path.join(dir, '.vite'));
    await writeFile(path.join(dir, '.vite', 'manifest.json'), JSON.stringify({ padding: 'x'.repeat(4096) }));

    const results = await precompressDirectory(dir);

    const file = path.join(dir, 'assets', 'index-abc.js');
    expect(brotliDecompressSync(await readFile(`${file}.br`)).toString()).toBe(script);
    expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(script);
    expect(results.find((r) => r.file === path.join('assets', 'index-abc.js'))!.br).toBeLessThan(script.length / 4);
    // Too small to gain, already compressed, or never served.
    expect(existsSync(path.join(dir, 'index.html.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'assets', 'photo.webp.br'))).toBe(false);
    expect(existsSync(path.join(dir, '.vite', 'manifest.json.br'))).toBe(false);
  });
});

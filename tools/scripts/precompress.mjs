// Writes a brotli (`.br`) and a gzip (`.gz`) copy next to every compressible file of the built dashboard, once at
// build time, at the highest levels (brotli 11, gzip 9): the server then sends the copy the browser asks for
// (`Accept-Encoding`, @fastify/static's `preCompressed`) without compressing anything per request. Images, fonts
// and videos are already compressed and stay as they are; a copy that would save less than 5 % is not written.
//
//   node tools/scripts/precompress.mjs [dist/apps/dashboard/browser]
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.ico',
  '.webmanifest',
]);
/** A copy is kept only when it is at most this share of the original. */
const MAX_RATIO = 0.95;

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses one file; returns the sizes written (0 where no copy was kept). */
export async function precompressFile(path) {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const sizes = { raw: content.length, br: 0, gz: 0 };
  for (const [suffix, copy] of [
    ['br', br],
    ['gz', gz],
  ]) {
    if (copy.length <= content.length * MAX_RATIO) {
      await writeFile(`${path}.${suffix}`, copy);
      sizes[suffix] = copy.length;
    } else {
      // A copy from an earlier build must not be served for a file that changed.
      await rm(`${path}.${suffix}`, { force: true });
    }
  }
  return sizes;
}

async function main() {
  const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist/apps/dashboard/browser';
  const todo = [];
  for await (const path of files(root)) if (COMPRESSIBLE.has(extname(path))) todo.push(path);
  let raw = 0;
  let br = 0;
  let count = 0;
  // Two at a time: the build machine has few cores and other work to do.
  for (let i = 0; i < todo.length; i += 2) {
    for (const sizes of await Promise.all(todo.slice(i, i + 2).map(precompressFile))) {
      raw += sizes.raw;
      br += sizes.br || sizes.raw;
      count += sizes.br ? 1 : 0;
    }
  }
  console.log(
    `Precompressed ${count} of ${todo.length} files in ${relative(process.cwd(), root) || '.'}: ` +
      `${(raw / 1024).toFixed(1)} kB → ${(br / 1024).toFixed(1)} kB brotli`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

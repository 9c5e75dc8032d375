// Fails the dashboard build when the initial JavaScript is larger than 300 kB transferred (brotli), or when
// Chart.js slipped into it. Angular's own budgets measure raw bytes only; what users wait for on a slow
// connection is the compressed size of the scripts index.html loads before the first page can render.
//
//   node tools/scripts/check-bundle-budget.mjs [dist/apps/dashboard/browser] [--max-kb=300]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? 'dist/apps/dashboard/browser';
const maxKb = Number(args.find((arg) => arg.startsWith('--max-kb='))?.slice('--max-kb='.length) ?? 300);
// Chart.js's own error text: present in its code however it is minified.
const CHART_JS_MARKER = 'Canvas is already in use';

/** The scripts the browser fetches before the app starts: module scripts and their modulepreloads. */
export function initialScripts(html) {
  const sources = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"[^>]*>/g),
  ].map((match) => match[1].replace(/^\//, ''));
  return [...new Set(sources)];
}

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

function main() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) {
    console.error(`Bundle budget: no initial scripts found in ${join(root, 'index.html')}`);
    process.exit(1);
  }
  let total = 0;
  let raw = 0;
  const problems = [];
  for (const script of scripts) {
    const content = readFileSync(join(root, script));
    const size = brotliSize(content);
    total += size;
    raw += content.length;
    console.log(
      `  ${script.padEnd(28)} ${(content.length / 1024).toFixed(1).padStart(8)} kB raw ${(size / 1024).toFixed(1).padStart(7)} kB brotli`,
    );
    if (content.includes(CHART_JS_MARKER)) problems.push(`${script} contains Chart.js, which must load lazily`);
  }
  const totalKb = total / 1024;
  console.log(
    `Initial JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(1)} kB raw, ${totalKb.toFixed(1)} kB brotli (budget ${maxKb} kB)`,
  );
  if (totalKb > maxKb)
    problems.push(`initial JavaScript is ${totalKb.toFixed(1)} kB brotli, over the budget of ${maxKb} kB`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`Bundle budget exceeded: ${problem}`);
    process.exit(1);
  }
}

main();

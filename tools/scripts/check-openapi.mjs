// npm run test:openapi: the OpenAPI document of the built API (dist/apps/api/openapi.js writes it without a server)
// 1. passes `redocly lint` with the recommended rules (redocly.yaml),
// 2. gives the client types committed in libs/shared/contracts/src/generated/openapi.d.ts (openapi-typescript),
// 3. whose answers type-check against the shared interfaces the dashboard uses (openapi-types.check.ts, tsc).
// `--write` (npm run openapi:types) regenerates the committed types instead of comparing them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const root = resolve(import.meta.dirname, '../..');
const documentFile = join(root, 'tmp/openapi/openapi.json');
const typesFile = join(root, 'libs/shared/contracts/src/generated/openapi.d.ts');
const write = process.argv.includes('--write');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

mkdirSync(join(root, 'tmp/openapi'), { recursive: true });
run(process.execPath, [join(root, 'dist/apps/api/openapi.js'), documentFile]);
run(join(root, 'node_modules/.bin/redocly'), ['lint', documentFile, '--config', join(root, 'redocly.yaml')]);

const header =
  "// Generated from the API's OpenAPI document by openapi-typescript: do not edit. Regenerate with `npm run openapi:types`;\n" +
  '// `npm test` fails while this file differs from what the API documents.\n';
const generated = astToString(await openapiTS(pathToFileURL(documentFile)));
const types = await prettier.format(header + generated, {
  ...(await prettier.resolveConfig(typesFile)),
  filepath: typesFile,
});
if (write) {
  writeFileSync(typesFile, types);
  console.log(`Client types written to ${typesFile}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(typesFile, 'utf8');
  } catch {
    // missing: reported below
  }
  if (committed !== types) {
    writeFileSync(join(root, 'tmp/openapi/openapi.d.ts'), types);
    console.error(
      `${typesFile} is not what the API documents (new version in tmp/openapi/openapi.d.ts): run npm run openapi:types`,
    );
    process.exit(1);
  }
  console.log('Client types are up to date.');
}
run(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(root, 'libs/shared/contracts/tsconfig.openapi.json')]);
console.log('Client types agree with the shared contracts.');

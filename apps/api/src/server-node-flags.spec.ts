import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { SERVER_NODE_FLAGS } = require('../server-node-flags.cjs') as { SERVER_NODE_FLAGS: string[] };

/** `npm start`, the benchmarks and the tests take the flags from one file; the documented start must match it. */
describe("the server's Node flags", () => {
  it('are the ones every documented `node … dist/apps/api/main.js` passes', () => {
    const deployment = readFileSync(join(__dirname, '../../../docs/deployment.md'), 'utf8');
    const starts = deployment.split('\n').filter((line) => /\bnode\b.*dist\/apps\/api\/main\.js/.test(line));
    expect(starts.length).toBeGreaterThan(0);
    for (const line of starts) expect(line).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} dist/apps/api/main.js`);
  });

  it('are accepted by this Node on the command line', () => {
    expect(execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-p', '"ok"'], { encoding: 'utf8' }).trim()).toBe(
      'ok',
    );
  });
});

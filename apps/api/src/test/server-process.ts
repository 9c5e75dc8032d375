import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The built server, as `npm start` runs it; the API test targets build it first. */
export const SERVER_SCRIPT = join(__dirname, '../../../../dist/apps/api/main.js');

/** Production's Node flags (V8's heap bounds), so these tests also prove that this Node accepts them. */
const { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } = require('../../server-node-flags.cjs') as {
  SERVER_ENVIRONMENT: Record<string, string>;
  SERVER_NODE_FLAGS: string[];
};

export interface ServerProcess {
  process: ChildProcess;
  baseUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built server on a port of its own and waits until its health check answers. */
export async function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_SCRIPT], {
    env: { ...SERVER_ENVIRONMENT, ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited during start: ${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return { process: child, baseUrl, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer its health check: ${stderr}`);
}

/** Signs in through the API and returns a personal API token for scripted requests. */
export async function tokenFor(baseUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  const created = await fetch(`${baseUrl}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-xsrf-token': csrf },
    body: JSON.stringify({ name: 'test' }),
  });
  return ((await created.json()) as { token: string }).token;
}

import { E2E_ADMIN } from './e2e-servers';

/** The administrator every test server was started with (see ./e2e-servers.ts). */
export function adminCredentials(): { email: string; password: string } {
  return { ...E2E_ADMIN };
}

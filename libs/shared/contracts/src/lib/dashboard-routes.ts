/**
 * The first path segment of every dashboard page. Defined here once: the dashboard's route table may only use
 * these (its spec checks both directions), and the API answers every other path outside `/api` with 404.
 */
export const DASHBOARD_SECTIONS = [
  'login',
  'overview',
  'measures',
  'indicators',
  'meetings',
  'leitbild',
  'reports',
  'public',
  'admin',
  'account',
  'tasks',
  'access-denied',
  'barrierefreiheit',
  'leichte-sprache',
  'gebaerdensprache',
  'impressum',
  'datenschutz',
] as const;

export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** Sections anybody may read without signing in; robots.txt lets search engines into these only. */
export const PUBLIC_DASHBOARD_SECTIONS: readonly DashboardSection[] = [
  'public',
  'barrierefreiheit',
  'leichte-sprache',
  'gebaerdensprache',
  'impressum',
  'datenschutz',
];

/**
 * Whether a path (without query) belongs to a dashboard page: the start page or one of the sections. Deeper paths
 * inside a section (`/overview/x`) count as the section's: the dashboard itself shows its not-found page for those.
 */
export function isDashboardPath(path: string): boolean {
  const segment = path.split('/')[1] ?? '';
  return path === '/' || (DASHBOARD_SECTIONS as readonly string[]).includes(segment);
}

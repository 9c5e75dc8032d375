/**
 * EMBED_ALLOWED_ORIGINS: comma-separated origins (scheme, host and port, as a browser compares them for CSP
 * `frame-ancestors`), each written back in its normal form (`https://Example.org:443/` → `https://example.org`);
 * a problem names every entry that is not one. Empty or unset: no site may embed the public charts.
 */
export function parseEmbedOrigins(value: string | undefined, problems: string[]): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const origins: string[] = [];
  for (const entry of entries) {
    const url = parseOrigin(entry);
    if (!url) {
      problems.push(
        'EMBED_ALLOWED_ORIGINS must be a comma-separated list of origins such as https://www.harburg.example ' +
          `(http or https, host and optional port, no path, query or user): "${entry}" is not one`,
      );
      continue;
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

function parseOrigin(entry: string): URL | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  const plain =
    ['http:', 'https:'].includes(url.protocol) &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    !/[?#*]/.test(entry);
  return plain ? url : null;
}

import { compile } from '@fastify/proxy-addr';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIP } from 'node:net';

/** The names Fastify's proxy-addr understands for the usual private ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const MESSAGE =
  'TRUST_PROXY must list the addresses or networks of the reverse proxies in front, comma-separated ' +
  '(e.g. 127.0.0.1 or 127.0.0.1,10.0.0.0/8; also loopback, linklocal, uniquelocal) — a number of proxies is no ' +
  'longer accepted, because anyone who reaches the port directly could then claim any address';

/** The entries of TRUST_PROXY, trimmed; empty for none. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** An address (`10.0.0.5`, `::1`), a network in CIDR notation (`10.0.0.0/8`) or one of proxy-addr's range names. */
function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (isIP(address) === 4 ? 32 : 128);
}

/**
 * Accepts what Fastify will trust, and only that: each entry checked on its own (proxy-addr itself takes `1` as the
 * address 0.0.0.1, which would hide a hop count left over from older settings), then the list compiled as Fastify
 * will compile it.
 */
export function isTrustedProxyList(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const entries = parseTrustedProxies(value);
  if (entries.length === 0 || !entries.every(isProxyEntry)) return false;
  try {
    compile(entries);
    return true;
  } catch {
    return false;
  }
}

export function IsTrustedProxyList(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTrustedProxyList',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: MESSAGE, ...options },
      validator: { validate: isTrustedProxyList },
    });
}

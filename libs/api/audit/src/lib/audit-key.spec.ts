import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeyFromHex, auditKeyId, AuditKeyRing, generateAuditKeyFile, readAuditKeys } from './audit-key';

const KEY_A = 'a1'.repeat(32);
const KEY_B = 'b2'.repeat(32);

describe('audit keys', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'lbm-audit-key-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('names a key by an id derived from it that does not contain it', () => {
    const key = auditKeyFromHex(KEY_A);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(key.id).toBe(auditKeyId(Buffer.from(KEY_A, 'hex')));
    expect(KEY_A).not.toContain(key.id);
    expect(auditKeyFromHex(KEY_B).id).not.toBe(key.id);
  });

  it('takes 32 to 64 bytes in hex and nothing else', () => {
    expect(() => auditKeyFromHex('ab'.repeat(31))).toThrow();
    expect(() => auditKeyFromHex('ab'.repeat(65))).toThrow();
    expect(() => auditKeyFromHex(`${'ab'.repeat(31)}zz`)).toThrow();
    expect(auditKeyFromHex('ab'.repeat(64)).secret).toHaveLength(64);
  });

  it('finds current and previous keys by id', () => {
    const ring = AuditKeyRing.fromHex(KEY_B, [KEY_A]);
    expect(ring.current.id).toBe(auditKeyFromHex(KEY_B).id);
    expect(ring.byId(auditKeyFromHex(KEY_A).id)?.secret.toString('hex')).toBe(KEY_A);
    expect(ring.byId('0000000000000000')).toBeUndefined();
  });

  it('reads AUDIT_KEY first, else the key file; neither means no key', () => {
    const keyFile = join(folder, 'audit.key');
    const config = { key: null, previousKeys: [], keyFile, anchorFile: join(folder, 'anchors.log') };
    expect(readAuditKeys(config)).toBeNull();
    writeFileSync(keyFile, `${KEY_A}\n`, { mode: 0o600 });
    expect(readAuditKeys(config)).toMatchObject({
      ring: { current: { id: auditKeyFromHex(KEY_A).id } },
      source: { kind: 'file', path: keyFile, readableByOthers: false },
    });
    expect(readAuditKeys({ ...config, key: KEY_B })).toMatchObject({
      ring: { current: { id: auditKeyFromHex(KEY_B).id } },
      source: { kind: 'environment' },
    });
    writeFileSync(keyFile, 'not a key\n');
    expect(() => readAuditKeys(config)).toThrow(/does not hold an audit key/);
  });

  it('generates a 256-bit key into a file only its owner can read, and never replaces one', () => {
    const keyFile = join(folder, 'data', 'audit.key');
    const key = generateAuditKeyFile(keyFile);
    expect(key.secret).toHaveLength(32);
    expect(readFileSync(keyFile, 'utf8')).toBe(`${key.secret.toString('hex')}\n`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(generateAuditKeyFile(keyFile).id).toBe(key.id);
  });
});

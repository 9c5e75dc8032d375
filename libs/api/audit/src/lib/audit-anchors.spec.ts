import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AnchorFields,
  anchorExpectations,
  appendAnchor,
  formatAnchor,
  parseAnchors,
  readAnchorFile,
  readLastAnchor,
} from './audit-anchors';
import { auditKeyFromHex, AuditKeyRing } from './audit-key';

const KEY_A = 'a1'.repeat(32);
const KEY_B = 'b2'.repeat(32);
const ring = AuditKeyRing.fromHex(KEY_A);

const anchor = (lastId: number, kind: AnchorFields['kind'] = 'interval', hash = `${lastId}`.padStart(64, 'c')) => ({
  at: `2026-11-23T10:00:${String(lastId % 60).padStart(2, '0')}.000Z`,
  kind,
  lastId,
  hash,
  backup: null,
});

describe('anchor lines', () => {
  it('read back as written, with the key id but not the key', () => {
    const line = formatAnchor(anchor(7, 'backup'), ring.current);
    expect(line).not.toContain(KEY_A);
    expect(JSON.parse(line)).toMatchObject({ lastId: 7, kind: 'backup', keyId: ring.current.id });
    expect(parseAnchors(`${line}\n`, ring, 'anchors.log')).toEqual({
      anchors: [{ ...anchor(7, 'backup'), keyId: ring.current.id, source: 'anchors.log:1' }],
      problems: [],
      notes: [],
    });
  });

  it('refuse a line that was altered or written without the key', () => {
    const good = formatAnchor(anchor(7), ring.current);
    const moved = good.replace('"lastId":7', '"lastId":3');
    const forged = formatAnchor(anchor(3), { id: ring.current.id, secret: Buffer.from(KEY_B, 'hex') });
    const reading = parseAnchors([good, moved, forged, 'garbage', good, ''].join('\n'), ring, 'f');
    expect(reading.anchors.map((read) => read.source)).toEqual(['f:1', 'f:5']);
    expect(reading.problems).toEqual([
      expect.stringMatching(/^f:2 does not match its HMAC/),
      expect.stringMatching(/^f:3 does not match its HMAC/),
      expect.stringMatching(/^f:4 is not an anchor/),
    ]);
  });

  it('need the key that wrote them, previous keys included', () => {
    const old = formatAnchor(anchor(2), auditKeyFromHex(KEY_B));
    expect(parseAnchors(old, ring, 'f').problems).toEqual([expect.stringMatching(/key .* neither AUDIT_KEY nor/)]);
    expect(parseAnchors(old, AuditKeyRing.fromHex(KEY_A, [KEY_B]), 'f').anchors).toHaveLength(1);
  });

  it('take an unfinished last line (a crash while appending) for a note, not for tampering', () => {
    const good = formatAnchor(anchor(7), ring.current);
    const reading = parseAnchors(`${good}\n${good.slice(0, 30)}`, ring, 'f');
    expect(reading).toMatchObject({ anchors: [{ lastId: 7 }], problems: [], notes: [expect.stringMatching(/f:2/)] });
  });
});

describe('anchor files', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'lbm-anchors-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('are appended line by line, owner-only, and their last anchor is read from the end', async () => {
    const file = join(folder, 'sub', 'audit-anchors.log');
    expect(readAnchorFile(file, ring)).toMatchObject({ anchors: [], problems: [], notes: [/no anchor file/] });
    expect(readLastAnchor(file, ring)).toBeNull();
    for (const id of [1, 2, 3]) await appendAnchor(file, formatAnchor(anchor(id), ring.current));
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readAnchorFile(file, ring).anchors.map((read) => read.lastId)).toEqual([1, 2, 3]);
    expect(readLastAnchor(file, ring)).toMatchObject({ lastId: 3 });
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"cut":`);
    expect(readLastAnchor(file, ring)).toMatchObject({ lastId: 3 });
  });
});

describe('anchorExpectations', () => {
  const read = (fields: AnchorFields) => ({ ...fields, keyId: ring.current.id, source: 'f' });

  it('expects every anchored entry and the furthest head', () => {
    const expected = anchorExpectations([read(anchor(3)), read(anchor(9)), read(anchor(5)), read(anchor(0, 'start'))]);
    expect([...expected.byId.keys()].sort()).toEqual([3, 5, 9]);
    expect(expected.furthest?.lastId).toBe(9);
    expect(expected.count).toBe(3);
  });

  it('lets a restore set the head back: anchors past it that came before it no longer apply', () => {
    const expected = anchorExpectations([
      read(anchor(3)),
      read(anchor(9)),
      read(anchor(5, 'restore')),
      read(anchor(7)),
    ]);
    expect([...expected.byId.keys()].sort()).toEqual([3, 5, 7]);
    expect(expected.furthest?.lastId).toBe(7);
  });
});

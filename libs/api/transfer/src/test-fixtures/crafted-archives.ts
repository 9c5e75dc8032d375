import ExcelJS from 'exceljs';
import { createDeflateRaw, crc32, inflateRawSync } from 'node:zlib';

/**
 * Hostile .xlsx files as an attacker builds them, written byte by byte with Node alone (not with the archive code
 * under test).
 */

/**
 * A ZIP archive with one part `name` that unpacks to `unpackedBytes` zeros, deflated (300 MiB become about
 * 300 KB), whose local header and central directory both declare `declaredBytes` instead: a "zip bomb" that
 * lies about its size. The zeros are deflated in chunks, so building it never holds them in memory.
 */
export async function zipBomb(options: {
  unpackedBytes: number;
  declaredBytes: number;
  name?: string;
}): Promise<Buffer> {
  const { unpackedBytes, declaredBytes, name = 'xl/worksheets/sheet1.xml' } = options;
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  for (let written = 0; written < unpackedBytes; written += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, unpackedBytes - written));
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return zipOf([{ name, data: Buffer.concat(compressed), method: 8, crc, size: declaredBytes }]);
}

interface RawEntry {
  name: string;
  /** The bytes as stored in the archive (compressed for method 8). */
  data: Buffer;
  method: number;
  crc: number;
  /** The unpacked size the headers declare. */
  size: number;
  flags?: number;
}

/** A ZIP archive of entries exactly as given: headers declare what the entry says, true or not. */
export function zipOf(entries: RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, entry.data);
    directory.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const size = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** A small workbook (header `Titel`, `Handlungsfeld` and one row) whose parts `edit` may rewrite as text. */
export async function editedWorkbook(edit: (path: string, xml: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Maßnahmen');
  sheet.addRow(['Titel', 'Handlungsfeld']);
  sheet.addRow(['Sprachcafé', 'Ehrenamt']);
  const entries = entriesOf(Buffer.from(await workbook.xlsx.writeBuffer()));
  return zipOf(
    entries.map(({ name, data }) => {
      const text = Buffer.from(edit(name, data.toString('utf8')), 'utf8');
      return { name, data: text, method: 0, crc: crc32(text), size: text.length };
    }),
  );
}

/** The entries of a well-formed archive, unpacked, by its central directory (for building fixtures only). */
function entriesOf(content: Buffer): { name: string; data: Buffer }[] {
  const end = content.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let index = 0; index < count; index++) {
    const method = content.readUInt16LE(offset + 10);
    const compressedSize = content.readUInt32LE(offset + 20);
    const nameLength = content.readUInt16LE(offset + 28);
    const name = content.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = content.readUInt32LE(offset + 42);
    const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
    const data = content.subarray(start, start + compressedSize);
    entries.push({ name, data: method === 0 ? data : inflateRawSync(data) });
    offset += 46 + nameLength + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
  }
  return entries;
}

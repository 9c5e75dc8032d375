import { HttpStatus } from '@nestjs/common';
import { crc32, inflateRawSync } from 'node:zlib';
import { fileProblem } from './uploads';

/**
 * An .xlsx is a ZIP archive of XML parts. Before the spreadsheet library sees one, its parts are unpacked here,
 * each with a hard limit on what it may unpack to, and handed on as an archive this reader wrote itself: the
 * library then never inflates anything on its own, and reads no more than was checked.
 */

/** What the parts of a workbook may unpack to in all, so a "zip bomb" is refused while it is unpacked. */
export const XLSX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Parts an archive may have (a workbook has about a dozen; each part costs a directory entry to read). */
export const XLSX_MAX_PARTS = 1000;
/**
 * Rows (`<row>` elements, with or without cells) and cells (`<c>`, empty ones included) the worksheets of a
 * workbook may have, XML elements of any kind in all its parts, and elements outside the worksheets and the
 * shared texts (styles, notes, drawings). The spreadsheet library builds an object for each, a few hundred bytes
 * apiece, so they are counted in the unpacked XML before it reads any. The format's 21 columns by
 * IMPORT_MAX_ROWS rows are 420 000 cells, about 1.7 million elements with their texts; Excel itself allows
 * 64 000 cell formats.
 */
export const XLSX_MAX_ROW_ELEMENTS = 100_000;
export const XLSX_MAX_CELL_ELEMENTS = 500_000;
export const XLSX_MAX_ELEMENTS = 2_000_000;
export const XLSX_MAX_OTHER_ELEMENTS = 200_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** One part of an archive as its central directory describes it. */
interface DirectoryEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const unreadable = (reason: string) =>
  fileProblem(400, 'file_unreadable', `file: the file is not a readable Excel workbook (.xlsx): ${reason}`);

const unpacksTooLarge = (what: string) =>
  fileProblem(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'payload_too_large',
    `file: the workbook ${what}, more than the ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB an import unpacks; ` +
      'split it into smaller files',
    { max: XLSX_MAX_UNPACKED_BYTES },
  );

/**
 * The parts of a ZIP archive, unpacked, by name. Every part is inflated with a hard limit on its output — the
 * size the archive declares for it, and the declared sizes together at most `budget` — so an archive that
 * declares small sizes and unpacks to gigabytes is refused after at most `budget` bytes of output, with 413.
 * A part whose content does not match its declared size or checksum, encryption, ZIP64 and compression methods
 * other than "stored" and "deflated" (the only ones Excel writes) are refused with 400.
 */
export function unpackZip(content: Buffer, budget = XLSX_MAX_UNPACKED_BYTES): Map<string, Buffer> {
  const entries = readDirectory(content);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > budget) throw unpacksTooLarge('unpacks to more');
  const parts = new Map<string, Buffer>();
  for (const entry of entries) parts.set(entry.name, unpackEntry(content, entry));
  return parts;
}

function readDirectory(content: Buffer): DirectoryEntry[] {
  // The end-of-directory record is the last 22 bytes, unless an archive comment (at most 64 KiB) follows it.
  const searchFrom = Math.max(0, content.length - 22 - 0xffff);
  let end = content.length - 22;
  while (end >= searchFrom && content.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < searchFrom) throw unreadable('it has no ZIP directory');
  const disk = content.readUInt16LE(end + 4);
  const directoryDisk = content.readUInt16LE(end + 6);
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  // 0xFFFF and 0xFFFFFFFF mean the real values are in ZIP64 records: far beyond any workbook an import reads.
  if (disk !== 0 || directoryDisk !== 0 || count === 0xffff || offset === 0xffffffff) {
    throw unreadable('it is a split or ZIP64 archive');
  }
  if (count > XLSX_MAX_PARTS) throw unreadable(`it has more than ${XLSX_MAX_PARTS} parts`);
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || content.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw unreadable('its ZIP directory is damaged');
    }
    const flags = content.readUInt16LE(offset + 8);
    const method = content.readUInt16LE(offset + 10);
    const compressedSize = content.readUInt32LE(offset + 20);
    const size = content.readUInt32LE(offset + 24);
    const nameLength = content.readUInt16LE(offset + 28);
    const next = offset + 46 + nameLength + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
    if (next > end) throw unreadable('its ZIP directory is damaged');
    const name = content.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (flags & 0x1) throw unreadable('it is encrypted');
    if (method !== STORED && method !== DEFLATED) throw unreadable(`a part is compressed with method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw unreadable('it is a ZIP64 archive');
    if (names.has(name)) throw unreadable(`it has the part "${name.slice(0, 100)}" twice`);
    names.add(name);
    entries.push({
      name,
      method,
      crc: content.readUInt32LE(offset + 16),
      compressedSize,
      size,
      localHeader: content.readUInt32LE(offset + 42),
    });
    offset = next;
  }
  return entries;
}

function unpackEntry(content: Buffer, entry: DirectoryEntry): Buffer {
  const header = entry.localHeader;
  if (header + 30 > content.length || content.readUInt32LE(header) !== LOCAL_HEADER) {
    throw unreadable('a part is missing');
  }
  const start = header + 30 + content.readUInt16LE(header + 26) + content.readUInt16LE(header + 28);
  if (start + entry.compressedSize > content.length) throw unreadable('a part is cut off');
  const data = content.subarray(start, start + entry.compressedSize);
  let unpacked: Buffer;
  if (entry.method === STORED) {
    unpacked = data;
  } else {
    try {
      // The hard limit: inflation stops as soon as the output would exceed the size the archive declared.
      unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw unpacksTooLarge('unpacks to more than its directory declares');
      }
      throw unreadable('a part is damaged');
    }
  }
  if (unpacked.length !== entry.size || crc32(unpacked) !== entry.crc) throw unreadable('a part is damaged');
  return unpacked;
}

/**
 * A ZIP archive of the parts, "stored" (not compressed): the archive the spreadsheet library reads instead of the
 * uploaded one, so it finds exactly the parts checked here and inflates nothing itself.
 */
export function storedZip(parts: Map<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // the name is UTF-8
    local.writeUInt16LE(STORED, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(STORED, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/**
 * Elements the reader does not need and the spreadsheet library expands cell by cell, however large the range
 * they name (`<mergeCell ref="A1:XFD1048576"/>` in a 6 KB file builds 17 billion cells): merged cells, data
 * validations (drop-down lists, often set for whole columns) and defined names, each with its container. Taken
 * out before the library reads the part. A merged area then reads as Excel saves it as CSV: its value in its
 * first cell only.
 */
const EXPANDING_ELEMENTS = [
  'mergeCells',
  'mergeCell',
  'dataValidations',
  'dataValidation',
  'definedNames',
  'definedName',
] as const;

/** The parts the library reads as worksheets (its own pattern) and as the shared texts. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** What the library builds an object for, counted in the parts `in` selects, with their limits. */
const COUNTED_ELEMENTS: { tag: string | null; in: (name: string) => boolean; max: number; what: string }[] = [
  { tag: 'row', in: () => true, max: XLSX_MAX_ROW_ELEMENTS, what: 'rows' },
  { tag: 'c', in: () => true, max: XLSX_MAX_CELL_ELEMENTS, what: 'cells' },
  { tag: null, in: () => true, max: XLSX_MAX_ELEMENTS, what: 'XML elements' },
  {
    tag: null,
    in: (name) => !WORKSHEET.test(name) && name !== SHARED_STRINGS,
    max: XLSX_MAX_OTHER_ELEMENTS,
    what: 'XML elements outside its worksheets and texts (styles, notes, drawings)',
  },
];

/**
 * The uploaded workbook as the spreadsheet library may read it: unpacked within the limits, without the elements
 * it would expand, checked for the number of rows, cells and other elements, and packed again without compression.
 * Element names are matched as the library matches them (without a namespace prefix); a match inside a comment
 * or CDATA section counts too, which errs on the side of refusing.
 */
export function workbookForReading(content: Buffer): Buffer {
  const parts = unpackZip(content);
  const counts = COUNTED_ELEMENTS.map(() => 0);
  for (const [name, unpacked] of parts) {
    let data = unpacked;
    for (const element of EXPANDING_ELEMENTS) {
      if (data.includes(`<${element}`)) data = Buffer.from(withoutElement(data.toString('utf8'), element), 'utf8');
    }
    parts.set(name, data);
    COUNTED_ELEMENTS.forEach((counted, index) => {
      if (counted.in(name)) counts[index] += countElements(data, counted.tag);
    });
  }
  COUNTED_ELEMENTS.forEach(({ max, what }, index) => {
    if (counts[index] > max) {
      throw fileProblem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'payload_too_large',
        `file: the workbook has more than ${max} ${what}, more than an import reads; split it into smaller files`,
      );
    }
  });
  return storedZip(parts);
}

/**
 * The XML without every `<tag …/>` and `<tag …>…</tag>`, found by plain search (linear in the text, whatever it
 * holds); an element without its end is refused.
 */
export function withoutElement(xml: string, tag: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let at = findTag(xml, `<${tag}`, 0); at >= 0; at = findTag(xml, `<${tag}`, from)) {
    const startEnd = xml.indexOf('>', at);
    if (startEnd < 0) throw unreadable(`its element <${tag}> is malformed`);
    let end = startEnd + 1;
    if (xml[startEnd - 1] !== '/') {
      const closing = findTag(xml, `</${tag}`, end);
      const closingEnd = closing < 0 ? -1 : xml.indexOf('>', closing);
      if (closingEnd < 0) throw unreadable(`its element <${tag}> is malformed`);
      end = closingEnd + 1;
    }
    kept.push(xml.slice(from, at));
    from = end;
  }
  kept.push(xml.slice(from));
  return kept.join('');
}

/** Where `<name` (or `</name`) begins as a whole name at or after `from`, or -1. */
function findTag(xml: string, opening: string, from: number): number {
  for (let at = xml.indexOf(opening, from); at >= 0; at = xml.indexOf(opening, at + 1)) {
    if (/[\s/>]/.test(xml.charAt(at + opening.length))) return at;
  }
  return -1;
}

const OPENING = 0x3c; // <
const isNameStart = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x5f;
const endsName = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x2f || byte === 0x3e;

/** How many `<tag …>` (or, for null, elements of any name) the bytes hold, without decoding them. */
function countElements(data: Buffer, tag: string | null): number {
  const needle = tag === null ? null : Buffer.from(`<${tag}`, 'latin1');
  let count = 0;
  let at = needle ? data.indexOf(needle) : data.indexOf(OPENING);
  while (at >= 0) {
    if (needle ? endsName(data[at + needle.length]) : isNameStart(data[at + 1])) count++;
    at = needle ? data.indexOf(needle, at + needle.length) : data.indexOf(OPENING, at + 1);
  }
  return count;
}

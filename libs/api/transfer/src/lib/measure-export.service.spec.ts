import { MeasuresService } from '@leitbild-monitor/api/measures';
import type { MeasureListItem } from '@leitbild-monitor/shared/contracts';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { MeasureExportService } from './measure-export.service';
import { readSpreadsheet } from './spreadsheet-reader';

const SLICES = 6;
const PER_SLICE = 3;

function measure(index: number, description: string): MeasureListItem {
  return {
    id: `m-${String(index).padStart(3, '0')}`,
    version: 1,
    title: `Maßnahme ${index}`,
    description,
    status: 'planned',
    progress: index % 100,
    fieldOfActionId: 'f-1',
    fieldOfActionName: 'Bildung',
    guidelineIds: [],
    leadActorId: null,
    leadActorName: null,
    partnerActorIds: [],
    indicatorIds: [],
    contact: { name: null, email: null },
    origin: null,
    plannedStart: '2027-01-01',
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    public: true,
    feasibility: null,
    feasibilityReason: null,
    councilPapers: [],
    overdue: false,
    statusNote: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/**
 * A register read slice by slice, counting the slices read so far. `big`: each slice is more than a stream buffers
 * (random text, which compression does not shrink away), so a stream that reads ahead only as far as its buffer
 * allows stops after a slice or two. `failAt`: the slice whose read fails, as a lost database connection would.
 */
function register(options: { big?: boolean; failAt?: number } = {}) {
  const state = { read: 0, closed: false };
  const slices = Array.from({ length: SLICES }, (_, slice) =>
    Array.from({ length: PER_SLICE }, (_, item) => {
      const index = slice * PER_SLICE + item + 1;
      return measure(index, options.big ? randomBytes(12_000).toString('hex') : `Beschreibung ${index}`);
    }),
  );
  async function* eachSlice(): AsyncGenerator<MeasureListItem[]> {
    try {
      for (const [index, slice] of slices.entries()) {
        await sleep(1);
        if (index === options.failAt) throw new Error('connection lost');
        state.read += 1;
        yield slice;
      }
    } finally {
      state.closed = true;
    }
  }
  const measures = { eachSlice: () => eachSlice() } as unknown as MeasuresService;
  const dataSource = { manager: { find: async () => [] } } as unknown as DataSource;
  return { service: new MeasureExportService(measures, dataSource), state, all: slices.flat() };
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Lets the stream read ahead as far as it will without a reader. */
const idle = () => sleep(100);

describe('measure export: streamed slice by slice', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('writes the CSV a slice at a time, reading the next slice only when the reader took the last', async () => {
    const { service, state, all } = register({ big: true });
    const file = await service.export({}, 'csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toMatch(/^massnahmen-\d{4}-\d{2}-\d{2}\.csv$/);
    // The first slice is read before the answer starts; without a reader the stream stops a slice or so later.
    expect(state.read).toBe(1);
    await idle();
    expect(state.read).toBeLessThanOrEqual(2);

    const chunks: number[] = [];
    const parts: Buffer[] = [];
    for await (const chunk of file.content) {
      chunks.push(state.read);
      parts.push(chunk);
    }
    // More than one piece, and the first one was there while slices were still unread.
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]).toBeLessThan(SLICES);
    const lines = Buffer.concat(parts).toString('utf8').split('\r\n');
    expect(lines[0].startsWith('\uFEFFID;Version;Titel;')).toBe(true);
    expect(lines).toHaveLength(all.length + 2);
    expect(lines[all.length]).toMatch(/^m-018;1;Maßnahme 18;/);
    expect(lines[all.length + 1]).toBe('');
  });

  it('lays the JSON out as JSON.stringify(records, null, 1) does, over slices too', async () => {
    const { service, state, all } = register();
    const text = (await collect((await service.export({}, 'json')).content)).toString('utf8');
    expect(state.read).toBe(SLICES);
    const records = JSON.parse(text) as Record<string, unknown>[];
    expect(records).toHaveLength(all.length);
    expect(text).toBe(JSON.stringify(records, null, 1));
    expect(records[17]).toMatchObject({ ID: 'm-018', Titel: 'Maßnahme 18' });
  });

  it('writes an empty register as an empty array and a header row', async () => {
    const measures = {
      eachSlice: async function* () {
        // no measures match
      },
    } as unknown as MeasuresService;
    const service = new MeasureExportService(measures, { manager: { find: async () => [] } } as unknown as DataSource);
    expect((await collect((await service.export({}, 'json')).content)).toString()).toBe('[]');
    const csv = (await collect((await service.export({}, 'csv')).content)).toString();
    expect(csv.split('\r\n')).toHaveLength(2);
  });

  it('writes the workbook while it is read, holding back the next slice while the reader does not read', async () => {
    const { service, state, all } = register({ big: true });
    const file = await service.export({}, 'xlsx');
    await idle();
    expect(state.read).toBeLessThan(SLICES);
    const sheet = await readSpreadsheet('m.xlsx', await collect(file.content));
    expect(state.read).toBe(SLICES);
    expect(sheet.rows).toHaveLength(all.length);
    expect(sheet.rows[all.length - 1].cells.slice(0, 3)).toEqual(['m-018', '1', 'Maßnahme 18']);
  });

  it('fails before the answer starts when the first slice cannot be read', async () => {
    const { service } = register({ failAt: 0 });
    await expect(service.export({}, 'csv')).rejects.toThrow('connection lost');
  });

  it.each(['csv', 'json', 'xlsx'] as const)(
    'destroys the %s stream with the error when a later slice fails, and logs it',
    async (format) => {
      const { service, state } = register({ failAt: 3 });
      const file = await service.export({}, format);
      const received: Buffer[] = [];
      const reading = (async () => {
        for await (const chunk of file.content) received.push(Buffer.from(chunk));
      })();
      await expect(reading).rejects.toThrow('connection lost');
      expect(file.content.destroyed).toBe(true);
      expect(state.read).toBe(3);
      expect(Logger.prototype.error).toHaveBeenCalledWith(
        expect.stringContaining('was broken off'),
        expect.objectContaining({ message: 'connection lost' }),
      );
      // What arrived is not a complete file.
      const text = Buffer.concat(received).toString('utf8');
      if (format === 'json') expect(text.endsWith('\n]')).toBe(false);
      if (format === 'csv') expect(text).not.toContain('Maßnahme 18');
    },
  );

  it.each(['csv', 'xlsx'] as const)(
    'stops reading slices when the download of the %s is cancelled, without logging an error',
    async (format) => {
      const { service, state } = register({ big: true });
      const file = await service.export({}, format);
      for await (const chunk of file.content) {
        expect(chunk.length).toBeGreaterThan(0);
        break; // the client went away: the loop destroys the stream
      }
      await idle();
      expect(state.read).toBeLessThan(SLICES);
      expect(state.closed).toBe(true);
      expect(Logger.prototype.error).not.toHaveBeenCalled();
    },
  );

  it('streams the open data slice by slice as well', async () => {
    const { service, state, all } = register({ big: true });
    const file = await service.openData({}, 'csv');
    expect(file.fileName).toMatch(/^massnahmen-offene-daten-/);
    await idle();
    expect(state.read).toBeLessThanOrEqual(2);
    const lines = (await collect(file.content)).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(all.length + 2);
  });
});

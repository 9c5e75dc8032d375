import { ImportProgress, ImportSlicer } from './import-progress';

describe('ImportSlicer', () => {
  it('keeps going without a yield or a report while the slice has time left', async () => {
    let now = 0;
    const reports: ImportProgress[] = [];
    const slicer = new ImportSlicer(
      10,
      (progress) => reports.push(progress),
      15,
      () => now,
    );
    let yielded = false;
    setImmediate(() => (yielded = true));
    for (let row = 1; row <= 5; row++) {
      now += 2;
      await slicer.step(row);
    }
    expect(reports).toEqual([]);
    expect(yielded).toBe(false);
  });

  it('reports the rows done and gives the event loop back once a slice has used its time, then starts a new slice', async () => {
    let now = 0;
    const reports: ImportProgress[] = [];
    const slicer = new ImportSlicer(
      100,
      (progress) => reports.push(progress),
      15,
      () => now,
    );
    let immediates = 0;
    const count = () => {
      immediates++;
    };
    now = 16;
    setImmediate(count);
    await slicer.step(7);
    expect(reports).toEqual([{ rowsDone: 7, rowsTotal: 100 }]);
    expect(immediates).toBe(1); // a macrotask queued before the step ran before the step returned
    now = 20; // 4 ms into the new slice: no yield
    await slicer.step(8);
    expect(reports).toHaveLength(1);
    now = 31;
    await slicer.step(9);
    expect(reports).toEqual([
      { rowsDone: 7, rowsTotal: 100 },
      { rowsDone: 9, rowsTotal: 100 },
    ]);
  });

  it('takes as long for its next slice as the other work took while it waited, within the shortest and the longest slice', async () => {
    let now = 0;
    const slicer = new ImportSlicer(100, undefined, 5, () => now, 15);
    const yieldsAt = async (row: number, othersTakeMs: number) => {
      let yielded = false;
      setImmediate(() => {
        yielded = true;
        now += othersTakeMs; // the requests served during the yield
      });
      await slicer.step(row);
      return yielded;
    };

    now = 5;
    expect(await yieldsAt(1, 12)).toBe(true); // the first slice: 5 ms; the others then took 12 ms
    now += 11;
    expect(await yieldsAt(2, 0)).toBe(false); // 11 ms into a slice of 12
    now += 1;
    expect(await yieldsAt(3, 40)).toBe(true); // 12 ms: yields; the others took 40 ms
    now += 14;
    expect(await yieldsAt(4, 0)).toBe(false); // the slice is 15 ms at most
    now += 1;
    expect(await yieldsAt(5, 0)).toBe(true); // nothing else ran: back to 5 ms
    now += 5;
    expect(await yieldsAt(6, 0)).toBe(true);
  });

  it('lets a timer and I/O of other requests run between the slices of a long synchronous loop', async () => {
    const slicer = new ImportSlicer(Number.MAX_SAFE_INTEGER, undefined, 5);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const started = performance.now();
    let row = 0;
    while (!timerRan && performance.now() - started < 5000) {
      const busyUntil = performance.now() + 1;
      while (performance.now() < busyUntil) {
        // one row's synchronous work
      }
      await slicer.step(++row);
    }
    expect(timerRan).toBe(true);
  });

  it('finish reports every row done', () => {
    const reports: ImportProgress[] = [];
    new ImportSlicer(42, (progress) => reports.push(progress)).finish();
    expect(reports).toEqual([{ rowsDone: 42, rowsTotal: 42 }]);
  });
});

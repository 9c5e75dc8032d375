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

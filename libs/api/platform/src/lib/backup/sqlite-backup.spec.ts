import { backupStepPages } from './sqlite-backup';

describe('backupStepPages', () => {
  it('copies in small steps while the copy runs undisturbed', () => {
    const step = backupStepPages();
    expect(step({ totalPages: 1000, remainingPages: 1000 })).toBe(100);
    expect(step({ totalPages: 1000, remainingPages: 900 })).toBe(100);
    expect(step({ totalPages: 1000, remainingPages: 800 })).toBe(100);
  });

  it('copies the rest in one step once a write has made SQLite start over, so steady writes cannot starve it', () => {
    const step = backupStepPages();
    step({ totalPages: 1000, remainingPages: 1000 });
    step({ totalPages: 1000, remainingPages: 900 });
    expect(step({ totalPages: 1002, remainingPages: 1002 })).toBe(1002);
    expect(step({ totalPages: 1002, remainingPages: 500 })).toBe(1002);
  });
});

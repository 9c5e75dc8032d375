/**
 * How many turns of the event loop other work got while `work` ran: a callback that schedules itself with
 * `setImmediate` counts them. Work that never gives the loop back (synchronous SQLite queries and loops chained by
 * resolved promises) leaves it at 0 or 1, whatever its length.
 */
export async function turnsWhile<T>(work: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { value: await work, turns };
  } finally {
    running = false;
  }
}

import {
  ApplicationRef,
  DOCUMENT,
  DestroyRef,
  Injectable,
  PendingTasks,
  Signal,
  WritableSignal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';

const DRAWN: Signal<boolean> = signal(true).asReadonly();

/**
 * Hands out turns for drawing: each turn's signal becomes true in a browser task of its own, after the turns handed
 * out before it, so that the change detection it causes runs in that task and not together with theirs.
 *
 * Why: when a page's data arrives, Angular draws everything that depends on it in one task — on /public the
 * figures, three charts with their data tables, the Leitbild coverage and the measures table, about 230 ms on a
 * mid-range phone. A task that long keeps the phone from answering a tap (Lighthouse's total blocking time counts
 * every task's time over 50 ms). Parts whose late arrival moves nothing on the screen (a folded data table, content
 * below the first screen) can take their turn instead.
 *
 * Printing draws everything at once: the browser lays the page out for paper right after `beforeprint`, so a part
 * still waiting for its turn would be missing on paper. Until `afterprint`, turns are given at once.
 *
 * Each turn is a pending task of the application, so `ApplicationRef.whenStable()` (and a test's
 * `fixture.whenStable()`) waits until every turn handed out has come.
 */
@Injectable({ providedIn: 'root' })
export class RenderTurns {
  private readonly pendingTasks = inject(PendingTasks);
  private readonly appRef = inject(ApplicationRef);
  private readonly waiting: Array<{ ready: WritableSignal<boolean>; done: () => void }> = [];
  private scheduled = false;
  private readonly printing = signal(false);
  /** True while the page is printed: every part is drawn at once. */
  readonly everything = this.printing.asReadonly();

  constructor() {
    const window = inject(DOCUMENT).defaultView;
    const listening = new AbortController();
    inject(DestroyRef).onDestroy(() => listening.abort());
    // Capture: before the pages' own `beforeprint` listeners, which draw their deferred parts with a change detection.
    window?.addEventListener('beforeprint', () => this.drawEverythingNow(), {
      capture: true,
      signal: listening.signal,
    });
    window?.addEventListener('afterprint', () => this.printing.set(false), { signal: listening.signal });
  }

  /** A signal that becomes true in a task of its own, after the turns handed out before it. */
  next(): Signal<boolean> {
    if (this.printing()) return DRAWN;
    const ready = signal(false);
    this.waiting.push({ ready, done: this.pendingTasks.add() });
    this.schedule();
    return ready.asReadonly();
  }

  /**
   * Gives every waiting turn now, and the turns asked for until the page has been printed, and draws the page. For a
   * page's own `beforeprint` handler that draws parts this service has not seen yet (a deferred block).
   */
  drawEverythingNow(): void {
    this.printing.set(true);
    for (const turn of this.waiting.splice(0)) {
      turn.ready.set(true);
      turn.done();
    }
    this.appRef.tick();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Setting a signal makes Angular schedule its change detection at once (a timer raced with an animation
    // frame); this timer is set after that one, so the next turn comes in a task after the drawing of this one.
    setTimeout(() => {
      this.scheduled = false;
      const turn = this.waiting.shift();
      if (!turn) return;
      turn.ready.set(true);
      turn.done();
      if (this.waiting.length > 0) this.schedule();
    });
  }
}

/**
 * True once `condition` has been true and, after that, the part's turn has come (see RenderTurns): for a template's
 * `@if` around a part that may be drawn a task later than the rest. Call it in an injection context (a field
 * initialiser of a component); the turn is taken in the change detection that first sees `condition` true. While
 * the page is printed, true as soon as `condition` is.
 */
export function drawnInTurn(condition: () => boolean = () => true): Signal<boolean> {
  const turns = inject(RenderTurns);
  const turn = signal<Signal<boolean> | null>(null);
  effect(() => {
    if (condition() && untracked(turn) === null) turn.set(turns.next());
  });
  return computed(() => (turn()?.() ?? false) || (turns.everything() && condition()));
}

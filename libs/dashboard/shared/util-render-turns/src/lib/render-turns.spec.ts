import { ApplicationRef, ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RenderTurns, drawnInTurn } from './render-turns';

/** One macrotask later: everything the timers queued before it has run. */
const nextTask = () => new Promise<void>((done) => setTimeout(done));

describe('RenderTurns', () => {
  it('gives each turn in a task of its own, in the order they were asked for', async () => {
    const turns = TestBed.inject(RenderTurns);
    const first = turns.next();
    const second = turns.next();
    expect([first(), second()]).toEqual([false, false]);

    await nextTask();
    expect([first(), second()]).toEqual([true, false]);

    await nextTask();
    expect([first(), second()]).toEqual([true, true]);
  });

  it('keeps the application unstable until every turn handed out has come', async () => {
    const turns = TestBed.inject(RenderTurns);
    const handedOut = [turns.next(), turns.next(), turns.next()];
    await TestBed.inject(ApplicationRef).whenStable();
    expect(handedOut.map((turn) => turn())).toEqual([true, true, true]);
  });

  it('draws a part in the task after the one that drew the rest of its component', async () => {
    @Component({
      selector: 'lbm-two-parts',
      template: `<p data-testid="first">first</p>
        @if (second()) {
          <p data-testid="second">second</p>
        }`,
      changeDetection: ChangeDetectionStrategy.OnPush,
    })
    class TwoPartsComponent {
      protected readonly second = drawnInTurn();
    }
    const fixture = TestBed.createComponent(TwoPartsComponent);
    const element: HTMLElement = fixture.nativeElement;
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="first"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="second"]')).toBeNull();

    await fixture.whenStable();
    expect(element.querySelector('[data-testid="second"]')).not.toBeNull();
  });

  it('takes the turn only once the condition holds, and stays drawn after it changes back', async () => {
    const ready = signal(false);
    @Component({
      selector: 'lbm-waiting-part',
      template: `@if (part()) {
        <p data-testid="part">part</p>
      }`,
      changeDetection: ChangeDetectionStrategy.OnPush,
    })
    class WaitingPartComponent {
      protected readonly part = drawnInTurn(() => ready());
    }
    const fixture = TestBed.createComponent(WaitingPartComponent);
    const element: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    await nextTask();
    expect(element.querySelector('[data-testid="part"]')).toBeNull();

    ready.set(true);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="part"]')).not.toBeNull();

    ready.set(false);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="part"]')).not.toBeNull();
  });

  it('draws every waiting part at once when the page is printed, and parts made while printing too', async () => {
    const later = signal(false);
    @Component({
      selector: 'lbm-printed-parts',
      template: `@if (first()) {
          <p data-testid="first">first</p>
        }
        @if (second()) {
          <p data-testid="second">second</p>
        }
        @if (third()) {
          <p data-testid="third">third</p>
        }`,
      changeDetection: ChangeDetectionStrategy.OnPush,
    })
    class PrintedPartsComponent {
      protected readonly first = drawnInTurn();
      protected readonly second = drawnInTurn();
      protected readonly third = drawnInTurn(() => later());
    }
    const fixture = TestBed.createComponent(PrintedPartsComponent);
    const element: HTMLElement = fixture.nativeElement;
    fixture.detectChanges();
    const shown = () => ['first', 'second', 'third'].filter((id) => element.querySelector(`[data-testid="${id}"]`));
    expect(shown()).toEqual([]);

    // The browser lays the page out for paper right after the event: no task runs in between.
    window.dispatchEvent(new Event('beforeprint'));
    expect(shown()).toEqual(['first', 'second']);
    later.set(true);
    TestBed.inject(ApplicationRef).tick();
    expect(shown()).toEqual(['first', 'second', 'third']);

    window.dispatchEvent(new Event('afterprint'));
    const afterPrinting = TestBed.inject(RenderTurns).next();
    expect(afterPrinting()).toBe(false);
    await nextTask();
    expect(afterPrinting()).toBe(true);
  });
});

import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no canvas: answer "no 2D context" quietly; the charts then show their summary and table only.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom lays nothing out and has no IntersectionObserver: one that never reports, as for content far below the
// screen. The overview's deferred charts are drawn by the tests that need them (a key pressed, or rendered by hand).
class FarAwayIntersectionObserver {
  observe(): void {
    // Nothing ever comes into view.
  }
  unobserve(): void {
    // Nothing is watched.
  }
  disconnect(): void {
    // Nothing is watched.
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
globalThis.IntersectionObserver ??= FarAwayIntersectionObserver as unknown as typeof IntersectionObserver;

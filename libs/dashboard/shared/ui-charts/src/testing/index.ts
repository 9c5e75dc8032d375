/**
 * jsdom lays nothing out and has no IntersectionObserver. Pages draw their charts when they come near the screen
 * (`@defer (on viewport)`): this stand-in never reports, as for content far below the screen, so a test draws the
 * deferred parts itself (a key pressed, or `DeferBlockBehavior.Manual`). For the test setup of the pages' libs.
 */
export function installFarAwayIntersectionObserver(): void {
  globalThis.IntersectionObserver ??= FarAwayIntersectionObserver as unknown as typeof IntersectionObserver;
}

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

import type { Page, Route } from '@playwright/test';

/** What the API answered to one request the page made. */
export interface JsonAnswer<T> {
  status: number;
  body: T;
}

/** An API answer that is being waited for; `answer` settles once the page has sent the request and got its answer. */
export interface PendingAnswer<T> {
  answer: Promise<JsonAnswer<T>>;
}

/**
 * Catches the page's next API request that `matches` and reads its answer as it passes through the browser; await
 * it (which only sets up the catch) before the action that sends the request, then await its `answer`. (The answer
 * is wrapped in an object: an async function's promise of a promise would wait for the answer itself.) API answers carry
 * `Cache-Control: no-store`, so Chromium keeps no copy of their bodies that could still be read once the page has
 * moved on (`page.waitForResponse(…).json()` then fails now and then); read in a route handler, they always are.
 */
export async function nextJsonAnswer<T>(page: Page, matches: (url: URL) => boolean): Promise<PendingAnswer<T>> {
  let settle: { resolve: (answer: JsonAnswer<T>) => void; reject: (error: unknown) => void } | undefined;
  const answer = new Promise<JsonAnswer<T>>((resolve, reject) => (settle = { resolve, reject }));
  let caught = false;
  const handler = async (route: Route) => {
    if (caught || !matches(new URL(route.request().url()))) return route.fallback();
    caught = true;
    try {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text });
      settle?.resolve({ status: response.status(), body: JSON.parse(text) as T });
    } catch (error) {
      settle?.reject(error);
    } finally {
      await page.unroute('**/api/v1/**', handler).catch(() => undefined);
    }
  };
  await page.route('**/api/v1/**', handler);
  return { answer };
}

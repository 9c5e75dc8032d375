import { expect, type Locator } from '@playwright/test';

/**
 * Scrolls a chart's canvas into view, as a reader does, and waits until Chart.js has drawn it. Charts load Chart.js
 * and draw only when they come near the screen (lbm-chart's `drawWhenVisible`), so one below the first screen stays
 * undrawn until then — its summary and data table are there from the start.
 */
export async function expectChartDrawn(canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-rendered', 'true');
}

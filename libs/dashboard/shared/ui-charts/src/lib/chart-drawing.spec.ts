import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ChartComponent, CHART_DRAW_MARGIN_PX } from './chart.component';
import { loadChartJs } from './chart-js.loader';

// Chart.js itself needs a real canvas; what is tested here is when it is loaded and asked to draw.
jest.mock('./chart-js.loader', () => ({ loadChartJs: jest.fn() }));

/** A stand-in for the browser's IntersectionObserver that the test moves "into view" by hand. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  report(isIntersecting: boolean): void {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

describe('ChartComponent drawing', () => {
  const drawn: unknown[] = [];
  const FakeChart = jest.fn().mockImplementation((context: unknown, config: unknown) => {
    drawn.push(config);
    return { destroy: jest.fn() };
  });
  const originalGetContext = HTMLCanvasElement.prototype.getContext;

  beforeEach(() => {
    drawn.length = 0;
    FakeChart.mockClear();
    FakeIntersectionObserver.instances = [];
    jest
      .mocked(loadChartJs)
      .mockReset()
      .mockResolvedValue(FakeChart as never);
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver;
    // A 2D context, so the component goes on to load Chart.js (the test setup answers none).
    HTMLCanvasElement.prototype.getContext = (() => ({})) as unknown as typeof HTMLCanvasElement.prototype.getContext;
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  afterEach(() => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    HTMLCanvasElement.prototype.getContext = originalGetContext;
  });

  async function render(inputs: Record<string, unknown> = {}) {
    const fixture = TestBed.createComponent(ChartComponent);
    for (const [name, value] of Object.entries({
      // A line chart: bars would also paint hatch patterns on a canvas of their own.
      kind: 'line',
      title: 'Begonnen und abgeschlossen',
      summary: 'Im Zeitraum wurden 3 Maßnahmen begonnen.',
      categoryHeader: 'Monat',
      labels: ['Januar', 'Februar'],
      series: [{ label: 'Begonnen', values: [1, 2] }],
      locale: 'de',
      ...inputs,
    }))
      fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    return { fixture, element, canvas: element.querySelector('canvas') as HTMLCanvasElement };
  }

  it('loads Chart.js only when the chart comes near the screen; summary and table are there before', async () => {
    const { fixture, element, canvas } = await render();
    expect(loadChartJs).not.toHaveBeenCalled();
    expect(canvas.getAttribute('data-rendered')).toBe('false');
    expect(element.querySelector('[data-testid="chart-summary"]')?.textContent).toContain('3 Maßnahmen begonnen');
    expect(element.querySelectorAll('[data-testid="chart-table-row"]')).toHaveLength(2);

    const [observer] = FakeIntersectionObserver.instances;
    expect(observer.observed).toEqual([canvas]);
    expect(observer.options.rootMargin).toBe(`${CHART_DRAW_MARGIN_PX}px 0px`);
    observer.report(false);
    await fixture.whenStable();
    expect(loadChartJs).not.toHaveBeenCalled();

    observer.report(true);
    await fixture.whenStable();
    expect(loadChartJs).toHaveBeenCalledTimes(1);
    expect(FakeChart).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
    expect(canvas.getAttribute('data-rendered')).toBe('true');

    // Once drawn, new data is drawn at once, without waiting to be scrolled to again.
    fixture.componentRef.setInput('series', [{ label: 'Begonnen', values: [4, 5] }]);
    await fixture.whenStable();
    expect(FakeChart).toHaveBeenCalledTimes(2);
  });

  it('draws at once where drawWhenVisible is false (a page made for printing)', async () => {
    const { canvas } = await render({ drawWhenVisible: false });
    expect(FakeIntersectionObserver.instances).toEqual([]);
    expect(loadChartJs).toHaveBeenCalledTimes(1);
    expect(canvas.getAttribute('data-rendered')).toBe('true');
  });

  it('stops watching when the chart is removed before it was ever near the screen', async () => {
    const { fixture } = await render();
    const [observer] = FakeIntersectionObserver.instances;
    fixture.destroy();
    expect(observer.disconnected).toBe(true);
    expect(loadChartJs).not.toHaveBeenCalled();
  });
});

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { drawnInTurn } from '@leitbild-monitor/dashboard/shared/util-render-turns';
import type { Chart } from 'chart.js';
import { buildChartConfig } from './chart-config';
import { loadChartJs } from './chart-js.loader';
import { ChartModel, ChartSeries, ChartValueFormat, formatChartValue } from './chart-model';
import { seriesPattern } from './chart-patterns';

let nextId = 0;

/**
 * How far below (and above) the screen a chart starts loading Chart.js and drawing: about a thumb's scroll, so the
 * drawing is usually done by the time the chart comes into view, while a chart further down costs nothing on the
 * first load (issue 15: Chart.js is 54 kB of the first load of /public, whose charts are below the first screen).
 */
export const CHART_DRAW_MARGIN_PX = 300;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * An accessible chart: the one-sentence summary, the canvas as one image (`role="img"`, labelled with title and
 * summary) and a data table with the same numbers behind a toggle button. Colours differ in lightness and each bar
 * series has its own hatching; the legend names every series. Chart.js is loaded lazily, when the first chart comes
 * near the screen (`drawWhenVisible`, the default) or at once (`drawWhenVisible` false, e.g. a page made for
 * printing: a chart not yet drawn would be printed empty). Summary, label and table never wait for it.
 */
@Component({
  selector: 'lbm-chart',
  imports: [TranslocoPipe],
  templateUrl: './chart.component.html',
  styleUrl: './chart.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartComponent {
  readonly kind = input<'bar' | 'line'>('bar');
  /** Accessible name of the chart and caption of its table. */
  readonly title = input.required<string>();
  /** One sentence that says what the chart shows. */
  readonly summary = input.required<string>();
  /** Header of the table's first column (what the categories are). */
  readonly categoryHeader = input.required<string>();
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  /** Further columns shown in the table only (e.g. the basis of a mean). */
  readonly tableOnlySeries = input<ChartSeries[]>([]);
  readonly stacked = input(false);
  readonly horizontal = input(false);
  readonly format = input<ChartValueFormat>('number');
  readonly locale = input.required<string>();
  /** Language of the category labels when they are content in another language than the interface. */
  readonly labelLang = input<string | null>(null);
  /** Height of the drawing area in pixels. */
  readonly height = input(280);
  /** Load Chart.js and draw only once the chart is near the screen; false draws as soon as the chart is rendered. */
  readonly drawWhenVisible = input(true);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | undefined;
  private drawings = 0;
  private destroyed = false;

  protected readonly tableOpen = signal(false);
  /**
   * The data table is built in a task after the chart's first drawing (or when opened): folded away, it shows nothing
   * and is not in the accessibility tree, and a page with several charts no longer builds all their tables in the one
   * task that draws the page.
   */
  protected readonly tableBuilt = drawnInTurn();
  protected readonly ids = { table: `chart-table-${nextId}`, caption: `chart-caption-${nextId++}` };
  protected readonly rendered = signal(false);
  /** The chart is (or was) near the screen. Without IntersectionObserver every chart counts as near. */
  private readonly nearScreen = signal(typeof IntersectionObserver === 'undefined');

  protected readonly model = computed<ChartModel>(() => ({
    kind: this.kind(),
    labels: this.labels(),
    series: this.series(),
    stacked: this.stacked(),
    horizontal: this.horizontal(),
    format: this.format(),
    locale: this.locale(),
    reducedMotion: prefersReducedMotion(),
  }));

  protected readonly columns = computed(() => [...this.series(), ...this.tableOnlySeries()]);

  protected readonly rows = computed(() =>
    this.labels().map((label, index) => ({
      label,
      cells: this.columns().map(
        (series) =>
          formatChartValue(series.values[index] ?? null, series.format ?? this.format(), this.locale()) ??
          series.missing ??
          null,
      ),
    })),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      if (this.nearScreen() || !this.drawWhenVisible()) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          this.nearScreen.set(true);
        },
        { rootMargin: `${CHART_DRAW_MARGIN_PX}px 0px` },
      );
      observer.observe(this.canvas().nativeElement);
      destroyRef.onDestroy(() => observer.disconnect());
    });
    afterRenderEffect({
      write: () => {
        const model = this.model();
        if (this.nearScreen() || !this.drawWhenVisible()) void this.draw(model);
      },
    });
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
      this.chart = undefined;
    });
  }

  protected toggleTable(): void {
    this.tableOpen.update((open) => !open);
  }

  private async draw(model: ChartModel): Promise<void> {
    const drawing = ++this.drawings;
    // No 2D context (a test DOM without canvas): summary and table still carry everything.
    const context = this.canvas().nativeElement.getContext('2d');
    if (!context) return;
    const Chart = await loadChartJs();
    if (this.destroyed || drawing !== this.drawings) return;
    const config = buildChartConfig(model);
    if (model.kind === 'bar') {
      config.data.datasets.forEach((dataset, index) => (dataset.backgroundColor = seriesPattern(index)));
    }
    this.chart?.destroy();
    this.chart = new Chart(context, config);
    this.rendered.set(true);
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/** The coordinates of a small line of values (oldest first) in a `width` × `height` box, highest value at the top. */
export function sparklinePoints(
  values: readonly number[],
  width = WIDTH,
  height = HEIGHT,
  pad = PAD,
): { x: number; y: number }[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  return values.map((value, index) => ({
    x: round(values.length > 1 ? pad + index * step : width / 2),
    y: round(span === 0 ? height / 2 : height - pad - ((value - min) / span) * (height - 2 * pad)),
  }));
}

/**
 * A small trend line for a table cell, drawn as SVG without Chart.js: one image whose text alternative (`label`, a
 * sentence such as "von 300 (2021) auf 412 (2025)") carries what it shows; the latest value is marked by a dot.
 */
@Component({
  selector: 'lbm-sparkline',
  template: `
    <svg
      class="sparkline"
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      [attr.width]="width"
      [attr.height]="height"
      focusable="false"
      data-testid="sparkline"
    >
      @if (path(); as line) {
        <polyline [attr.points]="line" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
      }
      @if (last(); as point) {
        <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3" fill="currentColor" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      color: var(--color-brand);
      line-height: 0;
    }
    .sparkline {
      overflow: visible;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SparklineComponent {
  /** The values, oldest first; missing ones are left out (never drawn as zero). */
  readonly values = input.required<readonly number[]>();
  /** The text alternative: what the line shows, in words and numbers. */
  readonly label = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  private readonly points = computed(() => sparklinePoints(this.values()));
  protected readonly path = computed(() => {
    const points = this.points();
    return points.length > 1 ? points.map((point) => `${point.x},${point.y}`).join(' ') : null;
  });
  protected readonly last = computed(() => {
    const points = this.points();
    return points.length > 0 ? points[points.length - 1] : null;
  });
}

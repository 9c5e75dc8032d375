import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ExportFormat } from '@leitbild-monitor/shared/contracts';

/** Filter values as the export takes them; empty ones are left out of the address. */
export type ExportParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * The download address of one format: `<base>?format=csv&status=…`. Plain links, so the browser downloads with the
 * session cookie and shows its own progress; `false`, `null` and `''` mean "no filter" and are not sent.
 */
export function exportHref(baseUrl: string, format: ExportFormat, params: ExportParams = {}): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    query.set(key, String(value));
  }
  return `${baseUrl}?${query.toString()}`;
}

/** Download links of one export, one per format. */
@Component({
  selector: 'lbm-export-links',
  imports: [TranslocoPipe],
  template: `
    <ul class="export-links" [attr.data-testid]="testId()">
      @for (link of links(); track link.format) {
        <li>
          <a
            class="button export-links__link"
            [href]="link.href"
            download
            [attr.data-testid]="testId() + '-' + link.format"
            >{{ 'transfer.formats.' + link.format | transloco
            }}<span class="visually-hidden">: {{ context() }}</span></a
          >
        </li>
      }
    </ul>
  `,
  styles: `
    .export-links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .export-links__link {
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportLinksComponent {
  /** The export's address without query, e.g. `/api/v1/measures/export`. */
  readonly baseUrl = input.required<string>();
  readonly formats = input.required<readonly ExportFormat[]>();
  readonly params = input<ExportParams>({});
  /** Read after the format by screen readers, so that each link names what it downloads. */
  readonly context = input.required<string>();
  readonly testId = input('export-links');

  protected readonly links = computed(() =>
    this.formats().map((format) => ({ format, href: exportHref(this.baseUrl(), format, this.params()) })),
  );
}

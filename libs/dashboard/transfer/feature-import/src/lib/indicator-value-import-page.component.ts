import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  IMPORT_FILE_TYPES,
  ImportFailure,
  IndicatorValueImportService,
  checkImportFile,
} from '@leitbild-monitor/dashboard/transfer/data-access';
import {
  ExportLinksComponent,
  ImportErrorsComponent,
  ImportFailureComponent,
} from '@leitbild-monitor/dashboard/transfer/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  IMPORT_MAX_BYTES,
  INDICATOR_EXPORT_FORMATS,
  INDICATOR_VALUE_COLUMNS,
  INDICATOR_VALUE_REQUIRED_COLUMNS,
  ImportMode,
  IndicatorValueImportResult,
} from '@leitbild-monitor/shared/contracts';

type Phase = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

const FOCUS = {
  file: 'import-file',
  failure: 'import-failure',
  errors: 'import-error-summary',
  checked: 'import-checked',
  committed: 'import-committed',
} as const;

/**
 * `/indicators/import` for editors and administrators: values of many indicators from a spreadsheet (code, date,
 * value, note), in the measure import's two steps — a dry run that writes nothing and shows every row and every error
 * with row and column, then the commit of the same file, which the API applies all or nothing. The export of all
 * values is the template.
 */
@Component({
  selector: 'lbm-indicator-value-import-page',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    TranslocoPipe,
    ExportLinksComponent,
    ImportErrorsComponent,
    ImportFailureComponent,
  ],
  templateUrl: './indicator-value-import-page.component.html',
  styleUrl: './measure-import-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorValueImportPageComponent {
  private readonly imports = inject(IndicatorValueImportService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly locale = inject(LanguageService).language;
  protected readonly ids = FOCUS;
  protected readonly accept = [
    ...IMPORT_FILE_TYPES,
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ].join(',');
  protected readonly maxMegabytes = IMPORT_MAX_BYTES / (1024 * 1024);
  protected readonly columns = INDICATOR_VALUE_COLUMNS.map((column) => ({
    header: column.header,
    required: INDICATOR_VALUE_REQUIRED_COLUMNS.includes(column.key),
  }));
  protected readonly exportFormats = INDICATOR_EXPORT_FORMATS;
  protected readonly exportUrl = `${inject(API_BASE_URL)}/indicators/values/export`;

  protected readonly file = signal<File | null>(null);
  protected readonly missingFile = signal(false);
  protected readonly phase = signal<Phase>('idle');
  protected readonly failure = signal<ImportFailure | null>(null);
  protected readonly result = signal<IndicatorValueImportResult | null>(null);

  protected readonly busy = computed(() => this.phase() === 'checking' || this.phase() === 'committing');
  /** The commit is offered only for a checked file without a single error that creates or changes a value. */
  protected readonly mayCommit = computed(() => {
    const result = this.result();
    return (
      this.phase() === 'checked' && result !== null && result.errorCount === 0 && result.created + result.updated > 0
    );
  });

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    // A new file invalidates the preview of the old one: its commit must be checked first.
    this.file.set(file);
    this.missingFile.set(false);
    this.result.set(null);
    this.phase.set('idle');
    this.failure.set(file ? checkImportFile(file) : null);
  }

  protected async check(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.missingFile.set(true);
      this.focus(FOCUS.file);
      return;
    }
    await this.send(file, 'dry-run');
  }

  protected async commit(): Promise<void> {
    const file = this.file();
    if (!file || !this.mayCommit() || this.busy()) return;
    await this.send(file, 'commit');
  }

  private async send(file: File, mode: ImportMode): Promise<void> {
    this.failure.set(null);
    this.phase.set(mode === 'commit' ? 'committing' : 'checking');
    const outcome = await this.imports.upload(file, mode);
    if (!outcome.ok) {
      this.phase.set(mode === 'commit' ? 'checked' : 'idle');
      if (mode === 'dry-run') this.result.set(null);
      this.failure.set(outcome.failure);
      this.focus(FOCUS.failure);
      return;
    }
    const result = outcome.result;
    this.result.set(result);
    const committed = mode === 'commit' && result.errorCount === 0;
    this.phase.set(committed ? 'committed' : 'checked');
    this.focus(committed ? FOCUS.committed : result.errorCount > 0 ? FOCUS.errors : FOCUS.checked);
  }

  private focus(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}

import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LegalPagesService } from '@leitbild-monitor/dashboard/legal/data-access';
import { LanguageService, ProblemText, apiProblems, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import {
  EditablePage,
  PAGE_LANGUAGES,
  PAGE_SLUGS,
  PageLanguage,
  PageSlug,
  SIGN_VIDEO_MAX_BYTES,
  SignVideo,
} from '@leitbild-monitor/shared/contracts';

/**
 * `/admin/legal-pages`: administrators edit the texts of the legal pages in German and English (HTML, sanitised by
 * the API when saved) and upload the sign-language video.
 */
@Component({
  selector: 'lbm-legal-pages-admin',
  imports: [DatePipe, DecimalPipe, FormsModule, RouterLink, TranslocoPipe],
  templateUrl: './legal-pages-admin.component.html',
  styleUrls: ['./admin-forms.css'],
  styles: `
    .form {
      max-width: 60rem;
    }
    textarea.field__input {
      width: 100%;
      min-height: 24rem;
      font-family: monospace;
    }
    input.field__input {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPagesAdminComponent implements OnInit {
  private readonly pages = inject(LegalPagesService);
  protected readonly locale = inject(LanguageService).language;

  protected readonly slugs = PAGE_SLUGS;
  protected readonly languages = PAGE_LANGUAGES;
  protected readonly maxVideoMb = SIGN_VIDEO_MAX_BYTES / 1024 / 1024;

  protected readonly slug = signal<PageSlug>('barrierefreiheit');
  protected readonly lang = signal<PageLanguage>('de');
  protected readonly page = signal<EditablePage | null>(null);
  protected readonly title = signal('');
  protected readonly content = signal('');
  protected readonly checkedBy = signal('');
  protected readonly checkedOn = signal('');
  protected readonly status = signal('');
  protected readonly problems = signal<ProblemText[]>([]);
  protected readonly video = signal<SignVideo | null>(null);
  protected readonly videoStatus = signal('');
  protected readonly videoProblems = signal<ProblemText[]>([]);
  private file: File | null = null;

  ngOnInit(): void {
    this.load();
  }

  protected choose(slug: PageSlug, lang: PageLanguage): void {
    this.slug.set(slug);
    this.lang.set(lang);
    this.load();
  }

  protected save(): void {
    const page = this.page();
    if (!page) return;
    this.status.set('');
    this.problems.set([]);
    const easy = page.slug === 'leichte-sprache';
    this.pages
      .save(page.slug, page.lang, page.version, {
        title: this.title(),
        content: this.content(),
        ...(easy ? { checkedBy: this.checkedBy().trim() || null, checkedOn: this.checkedOn().trim() || null } : {}),
      })
      .subscribe({
        next: (saved) => {
          this.show(saved);
          this.status.set('legal.admin.saved');
        },
        error: (error: unknown) => this.problems.set(apiProblems(error).map(problemText)),
      });
  }

  protected pick(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  protected upload(): void {
    if (!this.file) return;
    this.videoStatus.set('');
    this.videoProblems.set([]);
    this.pages.uploadVideo(this.file).subscribe({
      next: (video) => {
        this.video.set(video);
        this.videoStatus.set('legal.admin.uploaded');
      },
      error: (error: unknown) => this.videoProblems.set(apiProblems(error).map(problemText)),
    });
  }

  protected removeVideo(): void {
    this.pages.removeVideo().subscribe({
      next: () => this.video.set(null),
      error: (error: unknown) => this.videoProblems.set(apiProblems(error).map(problemText)),
    });
  }

  private load(): void {
    this.status.set('');
    this.problems.set([]);
    this.pages.editable(this.slug(), this.lang()).subscribe({
      next: (page) => this.show(page),
      error: (error: unknown) => this.problems.set(apiProblems(error).map(problemText)),
    });
  }

  private show(page: EditablePage): void {
    this.page.set(page);
    this.title.set(page.title);
    this.content.set(page.content);
    this.checkedBy.set(page.checkedBy ?? '');
    this.checkedOn.set(page.checkedOn ?? '');
    if (page.slug === 'gebaerdensprache') this.video.set(page.video);
  }
}

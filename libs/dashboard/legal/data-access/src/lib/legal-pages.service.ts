import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import type {
  BarrierReport,
  CreateFeedbackRequest,
  EditablePage,
  FeedbackReceipt,
  Page,
  PageLanguage,
  PageSlug,
  PublicPage,
  SignVideo,
  UpdatePageRequest,
} from '@leitbild-monitor/shared/contracts';
import { Observable, map } from 'rxjs';

/** The legal pages in the order the footer lists them, with the translation key of their link text. */
export const LEGAL_PAGE_LINKS: readonly { slug: PageSlug; label: string }[] = [
  { slug: 'impressum', label: 'legal.links.impressum' },
  { slug: 'datenschutz', label: 'legal.links.datenschutz' },
  { slug: 'barrierefreiheit', label: 'legal.links.barrierefreiheit' },
  { slug: 'leichte-sprache', label: 'legal.links.leichteSprache' },
  { slug: 'gebaerdensprache', label: 'legal.links.gebaerdensprache' },
];

/** The legal pages, the barrier-report form and their administration. */
@Injectable({ providedIn: 'root' })
export class LegalPagesService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);

  /** A page as everybody reads it (sanitised HTML). */
  page(slug: PageSlug, lang: PageLanguage): Observable<PublicPage> {
    return this.http.get<PublicPage>(`${this.api}/public/pages/${slug}`, { params: { lang } });
  }

  /** Sends a barrier report; needs no sign-in. */
  sendFeedback(report: CreateFeedbackRequest): Observable<FeedbackReceipt> {
    return this.http.post<FeedbackReceipt>(`${this.api}/public/feedback`, report);
  }

  /** Administrators: a page with its version. */
  editable(slug: PageSlug, lang: PageLanguage): Observable<EditablePage> {
    return this.http.get<EditablePage>(`${this.api}/pages/${slug}`, { params: { lang } });
  }

  /** Administrators: saves a page text (sanitised by the API) on the version read. */
  save(slug: PageSlug, lang: PageLanguage, version: number, text: UpdatePageRequest): Observable<EditablePage> {
    return this.http
      .put<EditablePage>(`${this.api}/pages/${slug}`, text, {
        params: { lang },
        headers: { 'If-Match': `"${version}"` },
        observe: 'response',
      })
      .pipe(map((response: HttpResponse<EditablePage>) => response.body as EditablePage));
  }

  /** Administrators: uploads the sign-language video (MP4 or WebM). */
  uploadVideo(file: File): Observable<SignVideo> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.put<SignVideo>(`${this.api}/pages/gebaerdensprache/video`, form);
  }

  removeVideo(): Observable<void> {
    return this.http.delete<void>(`${this.api}/pages/gebaerdensprache/video`);
  }

  /** Administrators: the barrier reports, newest first. */
  reports(page: number, limit = 25): Observable<Page<BarrierReport>> {
    return this.http.get<Page<BarrierReport>>(`${this.api}/feedback`, { params: { page, limit } });
  }
}

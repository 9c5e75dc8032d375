/**
 * The texts the public site carries by law (BITV 2.0, HmbBITVO, DDG, GDPR): each page has a German and an English
 * text, shipped with a default and editable by administrators. Content is HTML, sanitised on save.
 */
export const PAGE_SLUGS = [
  'barrierefreiheit',
  'leichte-sprache',
  'gebaerdensprache',
  'impressum',
  'datenschutz',
] as const;
export type PageSlug = (typeof PAGE_SLUGS)[number];

export const PAGE_LANGUAGES = ['de', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export function isPageSlug(value: unknown): value is PageSlug {
  return typeof value === 'string' && (PAGE_SLUGS as readonly string[]).includes(value);
}

/** Limits of a page text. */
export const PAGE_TITLE_MAX = 200;
export const PAGE_CONTENT_MAX = 100_000;
export const PAGE_CHECKED_BY_MAX = 200;

/** Limits of a barrier report: no personal data is asked for. */
export const FEEDBACK_MESSAGE_MIN = 10;
export const FEEDBACK_MESSAGE_MAX = 2000;
export const FEEDBACK_PAGE_MAX = 300;
/** Reports one address may send within FEEDBACK_WINDOW_MS. */
export const FEEDBACK_LIMIT = 5;
export const FEEDBACK_WINDOW_MS = 60 * 60 * 1000;

/** The sign-language video: MP4 or WebM, at most this many bytes. */
export const SIGN_VIDEO_MAX_BYTES = 200 * 1024 * 1024;
export const SIGN_VIDEO_TYPES = ['video/mp4', 'video/webm'] as const;
export type SignVideoType = (typeof SIGN_VIDEO_TYPES)[number];

/** The uploaded sign-language video, as the public page offers it. */
export interface SignVideo {
  /** Where it is played and downloaded from (range requests answered). */
  url: string;
  type: SignVideoType;
  /** Bytes. */
  size: number;
  /** UTC ISO time of the upload. */
  uploadedAt: string;
}

/** A page as everyone reads it. */
export interface PublicPage {
  slug: PageSlug;
  lang: PageLanguage;
  title: string;
  /** Sanitised HTML. */
  content: string;
  /** Leichte Sprache: who checked the text (a group or organisation), or null. */
  checkedBy: string | null;
  /** Leichte Sprache: the date of the check (YYYY-MM-DD), or null. */
  checkedOn: string | null;
  /** UTC ISO time of the last change; null for the shipped text. */
  updatedAt: string | null;
  /** Whether this is the shipped default text (never edited). */
  isDefault: boolean;
  /** The sign-language page's video, null elsewhere and until one is uploaded. */
  video: SignVideo | null;
}

/** A page as administrators edit it: with its version (ETag / If-Match; 0 for the shipped text) and editor. */
export interface EditablePage extends PublicPage {
  version: number;
  /** Name of the administrator who saved last; null for the shipped text. */
  updatedBy: string | null;
}

export interface UpdatePageRequest {
  title: string;
  content: string;
  checkedBy?: string | null;
  checkedOn?: string | null;
}

export interface CreateFeedbackRequest {
  message: string;
  /** The page the report is about (a path or address), optional. */
  page?: string | null;
}

/** A stored barrier report, for administrators only. */
export interface BarrierReport {
  id: string;
  message: string;
  page: string | null;
  createdAt: string;
}

export interface FeedbackReceipt {
  id: string;
  createdAt: string;
}

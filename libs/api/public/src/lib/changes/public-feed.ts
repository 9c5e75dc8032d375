import type {
  MeasureStatus,
  PublicChange,
  PublicChangeField,
  PublicFeedLanguage,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';
import type { Feed } from 'feed';
import type sanitizeHtml from 'sanitize-html';

/** How many changes the feed carries: the newest, as feed readers poll often and keep what they have seen. */
export const PUBLIC_FEED_ENTRIES = 50;

interface Words {
  title: string;
  subtitle: string;
  published: string;
  changed: string;
  status: (to: string, from: string | null) => string;
  progress: (to: string, from: string | null) => string;
  unknown: string;
  fields: string;
  statuses: Readonly<Record<MeasureStatus, string>>;
  fieldNames: Readonly<Record<PublicChangeField, string>>;
}

/** The feed's words; the dashboard's translations say the same (public.changes in util-i18n). */
const WORDS: Record<PublicFeedLanguage, Words> = {
  de: {
    title: 'Leitbild-Monitor: Änderungen an veröffentlichten Maßnahmen',
    subtitle: 'Neue und geänderte Maßnahmen des Leitbilds, wie sie öffentlich zu sehen sind.',
    published: 'veröffentlicht',
    changed: 'geändert',
    status: (to, from) => (from ? `Status: ${to} (vorher: ${from})` : `Status: ${to}`),
    progress: (to, from) => (from ? `Fortschritt: ${to} (vorher: ${from})` : `Fortschritt: ${to}`),
    unknown: 'unbekannt',
    fields: 'Geändert',
    statuses: MEASURE_STATUS_LABELS_DE,
    fieldNames: {
      title: 'Titel',
      description: 'Beschreibung',
      fieldOfActionId: 'Handlungsfeld',
      guidelineIds: 'Leitsätze',
      leadActorId: 'Federführung',
      partnerActorIds: 'Beteiligte',
      plannedStart: 'Geplanter Beginn',
      plannedEnd: 'Geplantes Ende',
      actualStart: 'Tatsächlicher Beginn',
      actualEnd: 'Tatsächliches Ende',
    },
  },
  en: {
    title: 'Leitbild-Monitor: changes to published measures',
    subtitle: 'New and changed measures of the Leitbild, as the public sees them.',
    published: 'published',
    changed: 'changed',
    status: (to, from) => (from ? `Status: ${to} (before: ${from})` : `Status: ${to}`),
    progress: (to, from) => (from ? `Progress: ${to} (before: ${from})` : `Progress: ${to}`),
    unknown: 'unknown',
    fields: 'Changed',
    statuses: {
      proposed: 'Proposed',
      in_review: 'In review',
      planned: 'Planned',
      in_progress: 'In progress',
      completed: 'Completed',
      on_hold: 'On hold',
      rejected: 'Rejected',
    },
    fieldNames: {
      title: 'title',
      description: 'description',
      fieldOfActionId: 'field of action',
      guidelineIds: 'guidelines',
      leadActorId: 'lead',
      partnerActorIds: 'partners',
      plannedStart: 'planned start',
      plannedEnd: 'planned end',
      actualStart: 'actual start',
      actualEnd: 'actual end',
    },
  },
};

/** One change in words, e.g. "Status: In Umsetzung (vorher: Geplant). Geändert: Geplantes Ende." */
export function describeChange(change: PublicChange, language: PublicFeedLanguage): string {
  const words = WORDS[language];
  const percent = (value: number | null) =>
    value === null ? words.unknown : `${value.toLocaleString(language)}${language === 'de' ? ' %' : '%'}`;
  const parts: string[] = [];
  if (change.status)
    parts.push(
      words.status(words.statuses[change.status.to], change.status.from ? words.statuses[change.status.from] : null),
    );
  if (change.progress)
    parts.push(
      words.progress(percent(change.progress.to), change.kind === 'published' ? null : percent(change.progress.from)),
    );
  if (change.fields.length > 0)
    parts.push(`${words.fields}: ${change.fields.map((field) => words.fieldNames[field]).join(', ')}`);
  return parts.map((part) => `${part}.`).join(' ');
}

let writers: { Feed: typeof Feed; sanitizeHtml: typeof sanitizeHtml } | undefined;

/**
 * feed and sanitize-html (with its HTML parser; together about 15 MB of memory) are loaded with the first feed a
 * reader asks for, not at every start: many installations are never subscribed to.
 */
function feedWriters(): { Feed: typeof Feed; sanitizeHtml: typeof sanitizeHtml } {
  writers ??= {
    Feed: (require('feed') as { Feed: typeof Feed }).Feed,
    sanitizeHtml: require('sanitize-html') as typeof sanitizeHtml,
  };
  return writers;
}

/** Text inside the feed's `type="html"` elements: escaped, so a title with `<` or `&` stays text. */
function asHtml(text: string): string {
  return feedWriters().sanitizeHtml(text, {
    allowedTags: [],
    allowedAttributes: {},
    disallowedTagsMode: 'recursiveEscape',
  });
}

/**
 * The newest public changes as an Atom 1.0 document, written by the `feed` package. Each entry links to the
 * measure's public page under `siteUrl` (PUBLIC_URL, or the address the request came to).
 */
export function buildPublicFeed(
  changes: readonly PublicChange[],
  options: { language: PublicFeedLanguage; siteUrl: string; feedUrl: string; now: string },
): string {
  const words = WORDS[options.language];
  const shown = changes.slice(0, PUBLIC_FEED_ENTRIES);
  const pageUrl = `${options.siteUrl}/public/changes`;
  const feed = new (feedWriters().Feed)({
    id: pageUrl,
    title: words.title,
    description: words.subtitle,
    link: pageUrl,
    language: options.language,
    // The newest change, so the feed's date moves only with its content.
    updated: new Date(shown[0]?.at ?? options.now),
    generator: 'Leitbild-Monitor',
    feedLinks: { atom: options.feedUrl },
    author: { name: 'Leitbild-Monitor', link: `${options.siteUrl}/public` },
    copyright: '',
  });
  for (const change of shown) {
    const link = `${options.siteUrl}/public/measures/${encodeURIComponent(change.measureId)}`;
    const what = change.kind === 'published' ? words.published : words.changed;
    feed.addItem({
      id: `${link}#${change.at}`,
      title: asHtml(`${change.measureTitle} (${what})`),
      link,
      date: new Date(change.at),
      description: asHtml(describeChange(change, options.language)),
    });
  }
  return feed.atom1();
}

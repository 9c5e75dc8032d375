import type { NotificationLanguage, TaskItem, TaskKind, TaskSubItem } from '@leitbild-monitor/shared/contracts';
import { TASK_KINDS } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';

export interface NotificationMessage {
  subject: string;
  text: string;
  html: string;
}

interface Words {
  subject: (count: number) => string;
  greeting: (name: string) => string;
  intro: string;
  headings: Record<TaskKind, string>;
  due: (date: string) => string;
  reasons: (reason: string) => string;
  toDoPage: string;
  settings: string;
  unsubscribe: string;
}

const WORDS: Record<NotificationLanguage, Words> = {
  de: {
    subject: (count) => `Leitbild-Monitor: ${count === 1 ? '1 Hinweis' : `${count} Hinweise`} zu erledigen`,
    greeting: (name) => `Hallo ${name},`,
    intro: 'im Leitbild-Monitor ist Folgendes zu erledigen:',
    headings: {
      overdue: 'Geplantes Ende überschritten',
      due_soon: 'Geplantes Ende in den nächsten 14 Tagen',
      stale: 'Lange nicht aktualisiert',
      review_comment: 'Neue Stellungnahmen des Integrationsrats',
      indicator_values_due: 'Neue Indikatorwerte fällig',
      meeting_upcoming: 'Bevorstehende Sitzungen: bitte Maßnahmen aktualisieren',
      council_digest: 'Zur Vorbereitung der Sitzung: Änderungen seit dem letzten Stichtag',
      barrier_report: 'Gemeldete Barrieren (Erklärung zur Barrierefreiheit)',
    },
    due: (date) => `fällig ${germanDate(date)}`,
    reasons: (reason) => reasonText(reason, 'de'),
    toDoPage: 'Alle Punkte auf Ihrer Seite „Zu erledigen“',
    settings: 'Wie oft Sie E-Mails erhalten, stellen Sie unter „Konto“ ein',
    unsubscribe: 'Keine E-Mails mehr erhalten',
  },
  en: {
    subject: (count) => `Leitbild-Monitor: ${count === 1 ? '1 item' : `${count} items`} to attend to`,
    greeting: (name) => `Hello ${name},`,
    intro: 'the following needs your attention in the Leitbild-Monitor:',
    headings: {
      overdue: 'Planned end passed',
      due_soon: 'Planned end within 14 days',
      stale: 'Not updated for a long time',
      review_comment: 'New review comments of the council',
      indicator_values_due: 'New indicator values due',
      meeting_upcoming: 'Upcoming meetings: please update your measures',
      council_digest: 'To prepare the meeting: changes since the last reporting date',
      barrier_report: 'Reported barriers (accessibility statement)',
    },
    due: (date) => `due ${date}`,
    reasons: (reason) => reasonText(reason, 'en'),
    toDoPage: 'All items on your "To do" page',
    settings: 'Choose how often you get e-mails under "Account"',
    unsubscribe: 'Stop these e-mails',
  },
};

function germanDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const REASONS: Record<NotificationLanguage, Record<string, string>> = {
  de: { stale: 'lange nicht aktualisiert', overdue: 'überfällig', new: 'neu', removed: 'entfernt' },
  en: { stale: 'not updated for long', overdue: 'overdue', new: 'new', removed: 'removed' },
};

function reasonText(reason: string, language: NotificationLanguage): string {
  const [kind, from, to] = reason.split(':');
  if (kind === 'status') {
    const label = (status: string) =>
      language === 'de'
        ? (MEASURE_STATUS_LABELS_DE[status as keyof typeof MEASURE_STATUS_LABELS_DE] ?? status)
        : status;
    return language === 'de' ? `Status: ${label(from)} → ${label(to)}` : `status: ${from} → ${to}`;
  }
  if (kind === 'progress') {
    const value = (v: string) => (v === '' ? '–' : `${v} %`);
    return `${language === 'de' ? 'Fortschritt' : 'progress'}: ${value(from)} → ${value(to)}`;
  }
  return REASONS[language][kind] ?? kind;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One e-mail with all of a recipient's new notices, grouped by kind under headings: plain text and accessible HTML
 * (the language on the root element, real headings and lists, links that say where they lead).
 */
export function renderDigest(input: {
  language: NotificationLanguage;
  name: string;
  items: TaskItem[];
  baseUrl: string;
  unsubscribeUrl: string;
}): NotificationMessage {
  const words = WORDS[input.language];
  const url = (link: string) => `${input.baseUrl}${link}`;
  const groups = TASK_KINDS.map((kind) => ({ kind, items: input.items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
  const subject = words.subject(input.items.length);
  const line = (item: TaskItem) => `${item.title}${item.dueDate ? ` (${words.due(item.dueDate)})` : ''}`;
  const subLine = (sub: TaskSubItem) => `${sub.title} – ${words.reasons(sub.reason)}`;

  const text = [
    words.greeting(input.name),
    '',
    words.intro,
    ...groups.flatMap((group) => [
      '',
      words.headings[group.kind],
      ...group.items.flatMap((item) => [
        `- ${line(item)}: ${url(item.link)}`,
        ...item.items.map((sub) => `    - ${subLine(sub)}: ${url(sub.link)}`),
      ]),
    ]),
    '',
    `${words.toDoPage}: ${url('/tasks')}`,
    `${words.settings}: ${url('/account')}`,
    `${words.unsubscribe}: ${input.unsubscribeUrl}`,
    '',
  ].join('\n');

  const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body>',
    `<h1>${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(words.greeting(input.name))}</p>`,
    `<p>${escapeHtml(words.intro)}</p>`,
    ...groups.flatMap((group) => [
      `<h2>${escapeHtml(words.headings[group.kind])}</h2>`,
      '<ul>',
      ...group.items.map((item) => {
        const due = item.dueDate ? ` (${escapeHtml(words.due(item.dueDate))})` : '';
        const subs =
          item.items.length > 0
            ? `<ul>${item.items.map((sub) => `<li>${link(url(sub.link), sub.title)} – ${escapeHtml(words.reasons(sub.reason))}</li>`).join('')}</ul>`
            : '';
        return `<li>${link(url(item.link), item.title)}${due}${subs}</li>`;
      }),
      '</ul>',
    ]),
    `<p>${link(url('/tasks'), words.toDoPage)}</p>`,
    `<p>${link(url('/account'), words.settings)} · ${link(input.unsubscribeUrl, words.unsubscribe)}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text, html };
}

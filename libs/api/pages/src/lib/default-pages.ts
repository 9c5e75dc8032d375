import type { PageLanguage, PageSlug } from '@leitbild-monitor/shared/contracts';

/** A shipped page text: what an installation serves until an administrator edits it. */
export interface DefaultPage {
  title: string;
  content: string;
}

/** Where administrators still have to put their installation's own details. */
const TO_FILL_DE = '<strong>[von der Verwaltung einzutragen]</strong>';
const TO_FILL_EN = '<strong>[to be filled in by the administration]</strong>';

const ACCESSIBILITY_DE = `<p>Das Bezirksamt ist bemüht, seine Website Leitbild-Monitor im Einklang mit der Hamburgischen Barrierefreie-Informationstechnik-Verordnung (HmbBITVO) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die öffentlichen Seiten des Leitbild-Monitors (<a href="/public">/public</a> und die hier verlinkten Seiten).</p>
<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
<p>Diese Website ist wegen der unten aufgeführten Unvereinbarkeiten <strong>teilweise</strong> mit den Anforderungen der BITV 2.0 vereinbar.</p>
<p>Die Seiten werden bei jeder Änderung der Software automatisch mit axe-core auf die Regeln der WCAG 2.1 (Stufen A und AA) geprüft, auch bei 320 Pixel Breite ohne waagerechtes Scrollen. Eine vollständige Prüfung nach BITV durch eine unabhängige Prüfstelle hat noch nicht stattgefunden.</p>
<h2>Nicht barrierefreie Inhalte</h2>
<ul>
<li>Die PDF-Berichte zu Stichtagen sind nicht auf die Anforderungen von PDF/UA geprüft. Dieselben Angaben stehen barrierefrei auf den Seiten des Dashboards und in den offenen Daten (CSV, JSON).</li>
<li>Diagramme zeigen Zahlen grafisch. Jede Grafik hat eine Textbeschreibung und eine Datentabelle mit denselben Zahlen.</li>
<li>Ein Video in Deutscher Gebärdensprache steht erst bereit, wenn die Verwaltung es hochgeladen hat. Bis dahin sagt die Seite <a href="/gebaerdensprache">Gebärdensprache</a> das in Text.</li>
<li>Texte, die die Verwaltung selbst einträgt (Maßnahmen, Berichte), sind nicht immer in einfacher Sprache verfasst.</li>
</ul>
<h2>Erstellung dieser Erklärung</h2>
<p>Diese Erklärung wurde am 6. Dezember 2026 erstellt. Grundlage ist eine Selbstbewertung mit automatischen Prüfungen. Die Verwaltung passt das Datum an, wenn sie die Erklärung überprüft.</p>
<h2>Barrieren melden: Feedback und Kontakt</h2>
<p>Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann melden Sie sie uns bitte über das Formular auf dieser Seite. Sie müssen sich dafür nicht anmelden und keine persönlichen Angaben machen. Sie können uns auch eine E-Mail schreiben: ${TO_FILL_DE}.</p>
<h2>Schlichtungsverfahren</h2>
<p>Wenn Sie auf Ihre Meldung innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten haben, können Sie sich an die <strong>Ombudsstelle für barrierefreie Informationstechnik</strong> der Freien und Hansestadt Hamburg wenden. Sie vermittelt kostenlos zwischen Ihnen und der Behörde. Kontakt: ${TO_FILL_DE}.</p>`;

const ACCESSIBILITY_EN = `<p>The district office endeavours to make its website Leitbild-Monitor accessible in accordance with the Hamburg regulation on accessible information technology (HmbBITVO) and the federal regulation BITV 2.0. This statement applies to the public pages of the Leitbild-Monitor (<a href="/public">/public</a> and the pages linked here).</p>
<h2>Compliance status</h2>
<p>This website is <strong>partially</strong> compliant with BITV 2.0 due to the non-compliances listed below.</p>
<p>Every change of the software is checked automatically with axe-core against the rules of WCAG 2.1 (levels A and AA), also at a width of 320 pixels without horizontal scrolling. A full BITV test by an independent testing body has not yet taken place.</p>
<h2>Non-accessible content</h2>
<ul>
<li>The PDF reports of reporting dates have not been checked against PDF/UA. The same information is available accessibly on the dashboard's pages and in the open data (CSV, JSON).</li>
<li>Charts show figures graphically. Every chart has a text description and a data table with the same figures.</li>
<li>A video in German Sign Language is available only once the administration has uploaded it. Until then the page <a href="/gebaerdensprache">Sign language</a> says so in text.</li>
<li>Texts the administration enters itself (measures, reports) are not always written in plain language.</li>
</ul>
<h2>Preparation of this statement</h2>
<p>This statement was prepared on 6 December 2026, based on a self-assessment with automated checks. The administration updates the date when it reviews the statement.</p>
<h2>Reporting barriers: feedback and contact</h2>
<p>Have you found a barrier? Please tell us through the form on this page. You do not need to sign in or give any personal details. You can also write an e-mail: ${TO_FILL_EN}.</p>
<h2>Enforcement procedure</h2>
<p>If you have not received a satisfactory answer to your report within six weeks, you can turn to the <strong>Ombudsstelle für barrierefreie Informationstechnik</strong> (ombudsman's office for accessible information technology) of the Free and Hanseatic City of Hamburg. It mediates between you and the authority free of charge. Contact: ${TO_FILL_EN}.</p>`;

const EASY_DE = `<h2>Was ist auf dieser Internet-Seite?</h2>
<p>Diese Internet-Seite heißt Leitbild-Monitor.</p>
<p>Das Bezirks-Amt hat ein Leitbild.</p>
<p>Ein Leitbild sagt: Das wollen wir erreichen.</p>
<p>Das Bezirks-Amt plant dafür viele Maßnahmen.</p>
<p>Eine Maßnahme ist eine Sache, die das Bezirks-Amt tut.</p>
<p>Hier können Sie lesen:</p>
<ul>
<li>Welche Maßnahmen gibt es?</li>
<li>Wer kümmert sich um die Maßnahme?</li>
<li>Wie weit ist die Maßnahme schon?</li>
</ul>
<h2>So finden Sie sich zurecht</h2>
<p>Oben auf der Seite ist eine Liste mit Maßnahmen.</p>
<p>Sie können die Liste filtern.</p>
<p>Dann sehen Sie nur bestimmte Maßnahmen.</p>
<p>Unten auf jeder Seite sind Links.</p>
<p>Dort finden Sie zum Beispiel:</p>
<ul>
<li>das Impressum.</li>
<li>den Daten-Schutz.</li>
<li>die Erklärung zur Barriere-Freiheit.</li>
</ul>
<h2>Barriere-Freiheit</h2>
<p>Wir wollen: Alle Menschen können diese Internet-Seite benutzen.</p>
<p>Das klappt noch nicht überall.</p>
<p>Manche Berichte sind PDF-Dateien.</p>
<p>Diese Dateien sind vielleicht schwer zu lesen.</p>
<p>Die gleichen Infos stehen aber auch auf den Internet-Seiten.</p>
<h2>Sie haben ein Problem mit der Internet-Seite?</h2>
<p>Dann schreiben Sie uns.</p>
<p>Auf der Seite <a href="/barrierefreiheit">Barriere-Freiheit</a> ist ein Formular.</p>
<p>Sie müssen Ihren Namen nicht sagen.</p>
<p>Wir lesen jede Nachricht.</p>
<p>Sie bekommen keine gute Antwort?</p>
<p>Dann können Sie sich bei der Ombuds-Stelle beschweren.</p>
<p>Die Ombuds-Stelle hilft Ihnen.</p>
<p>Das kostet nichts.</p>
<h2>Mehr Infos</h2>
<p>Es gibt auch ein Video in Gebärden-Sprache.</p>
<p>Das Video ist auf der Seite <a href="/gebaerdensprache">Gebärden-Sprache</a>.</p>`;

const EASY_EN = `<h2>What is on this website?</h2>
<p>This website is called Leitbild-Monitor.</p>
<p>The district office has a mission statement.</p>
<p>A mission statement says: this is what we want to reach.</p>
<p>The district office plans many measures for it.</p>
<p>A measure is something the district office does.</p>
<p>Here you can read:</p>
<ul>
<li>Which measures are there?</li>
<li>Who takes care of a measure?</li>
<li>How far along is a measure?</li>
</ul>
<h2>How to find your way</h2>
<p>At the top of the page there is a list of measures.</p>
<p>You can filter the list.</p>
<p>Then you see only some measures.</p>
<p>At the bottom of every page there are links.</p>
<p>There you find for example:</p>
<ul>
<li>the imprint.</li>
<li>the privacy notice.</li>
<li>the accessibility statement.</li>
</ul>
<h2>Accessibility</h2>
<p>We want everybody to be able to use this website.</p>
<p>This does not work everywhere yet.</p>
<p>Some reports are PDF files.</p>
<p>These files may be hard to read.</p>
<p>The same facts are also on the web pages.</p>
<h2>Do you have a problem with the website?</h2>
<p>Then write to us.</p>
<p>There is a form on the page <a href="/barrierefreiheit">Accessibility</a>.</p>
<p>You do not have to give your name.</p>
<p>We read every message.</p>
<p>You do not get a good answer?</p>
<p>Then you can complain to the ombudsman's office.</p>
<p>The ombudsman's office helps you.</p>
<p>This costs nothing.</p>
<h2>More information</h2>
<p>There is also a video in sign language.</p>
<p>The video is on the page <a href="/gebaerdensprache">Sign language</a>.</p>`;

const SIGN_DE = `<p>Auf dieser Seite erklären wir den Leitbild-Monitor in Deutscher Gebärdensprache (DGS): was die Website enthält, wie Sie sich zurechtfinden, das Wichtigste aus der <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a> und wo es mehr in <a href="/leichte-sprache">Leichter Sprache</a> gibt.</p>`;
const SIGN_EN = `<p>On this page we explain the Leitbild-Monitor in German Sign Language (DGS): what the website contains, how to find your way, the essentials of the <a href="/barrierefreiheit">accessibility statement</a> and where there is more in <a href="/leichte-sprache">Leichte Sprache</a> (easy-to-read German).</p>`;

const IMPRINT_DE = `<p>Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).</p>
<h2>Anbieter</h2>
<p>Bezirksamt: ${TO_FILL_DE}<br />Anschrift: ${TO_FILL_DE}</p>
<h2>Vertretungsberechtigt</h2>
<p>${TO_FILL_DE}</p>
<h2>Kontakt</h2>
<p>E-Mail: ${TO_FILL_DE}<br />Telefon: ${TO_FILL_DE}</p>
<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
<p>${TO_FILL_DE} (Name der Stelle)</p>`;
const IMPRINT_EN = `<p>Information according to § 5 Digitale-Dienste-Gesetz (DDG) and § 18 Medienstaatsvertrag (MStV).</p>
<h2>Provider</h2>
<p>District office: ${TO_FILL_EN}<br />Address: ${TO_FILL_EN}</p>
<h2>Authorised representative</h2>
<p>${TO_FILL_EN}</p>
<h2>Contact</h2>
<p>E-mail: ${TO_FILL_EN}<br />Telephone: ${TO_FILL_EN}</p>
<h2>Responsible for the content according to § 18 (2) MStV</h2>
<p>${TO_FILL_EN} (name of the office)</p>`;

const PRIVACY_DE = `<h2>Verantwortliche Stelle</h2>
<p>${TO_FILL_DE} (Bezirksamt, Anschrift). Datenschutzbeauftragte Stelle: ${TO_FILL_DE}.</p>
<h2>Welche Daten die öffentlichen Seiten verarbeiten</h2>
<ul>
<li>Die öffentlichen Seiten setzen keine Cookies zur Analyse oder Werbung und binden keine Inhalte Dritter ein (keine externen Schriften, keine Karten, keine Zählpixel).</li>
<li>Beim Aufruf verarbeitet der Server technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seite auszuliefern und vor Überlastung zu schützen (Art. 6 Abs. 1 lit. e DSGVO). Die Begrenzung der Anfragen je Adresse hält diese nur im Arbeitsspeicher.</li>
<li>Die öffentlichen Seiten zeigen keine Namen oder E-Mail-Adressen von Personen, nur zuständige Stellen.</li>
</ul>
<h2>Meldungen von Barrieren</h2>
<p>Das Formular auf der Seite <a href="/barrierefreiheit">Barrierefreiheit</a> speichert nur Ihre Nachricht, die Seite, die Sie nennen, und den Zeitpunkt – keine IP-Adresse und kein Konto. Geben Sie bitte keine persönlichen Daten in die Nachricht ein. Die Meldungen sehen nur die Administratorinnen und Administratoren.</p>
<h2>Anmeldung für Mitarbeitende</h2>
<p>Wer sich anmeldet, erhält ein Sitzungs-Cookie und ein Cookie gegen Cross-Site-Request-Forgery; beide sind technisch notwendig. Änderungen werden mit Name und Zeitpunkt im Änderungsprotokoll festgehalten.</p>
<h2>Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15–21 DSGVO) sowie auf Beschwerde bei der Aufsichtsbehörde, in Hamburg dem Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit.</p>`;
const PRIVACY_EN = `<h2>Controller</h2>
<p>${TO_FILL_EN} (district office, address). Data protection officer: ${TO_FILL_EN}.</p>
<h2>What data the public pages process</h2>
<ul>
<li>The public pages set no cookies for analytics or advertising and embed no third-party content (no external fonts, no maps, no tracking pixels).</li>
<li>When a page is requested, the server processes technically necessary data (IP address, time, requested address) to deliver it and to protect it against overload (Art. 6 (1) (e) GDPR). The per-address request limit keeps these in memory only.</li>
<li>The public pages show no names or e-mail addresses of persons, only the responsible bodies.</li>
</ul>
<h2>Barrier reports</h2>
<p>The form on the page <a href="/barrierefreiheit">Accessibility</a> stores only your message, the page you name and the time — no IP address and no account. Please do not enter personal data in the message. Only administrators see the reports.</p>
<h2>Sign-in for staff</h2>
<p>Signing in sets a session cookie and a cookie against cross-site request forgery; both are technically necessary. Changes are recorded with name and time in the change log.</p>
<h2>Your rights</h2>
<p>You have the right of access, rectification, erasure, restriction of processing and objection (Art. 15–21 GDPR) and the right to lodge a complaint with the supervisory authority, in Hamburg the Hamburg Commissioner for Data Protection and Freedom of Information.</p>`;

/** The shipped texts, true for the product as built; administrators complete and change them. */
export const DEFAULT_PAGES: Record<PageSlug, Record<PageLanguage, DefaultPage>> = {
  barrierefreiheit: {
    de: { title: 'Erklärung zur Barrierefreiheit', content: ACCESSIBILITY_DE },
    en: { title: 'Accessibility statement', content: ACCESSIBILITY_EN },
  },
  'leichte-sprache': {
    de: { title: 'Leichte Sprache', content: EASY_DE },
    en: { title: 'Easy to read', content: EASY_EN },
  },
  gebaerdensprache: {
    de: { title: 'Gebärdensprache', content: SIGN_DE },
    en: { title: 'Sign language', content: SIGN_EN },
  },
  impressum: {
    de: { title: 'Impressum', content: IMPRINT_DE },
    en: { title: 'Imprint', content: IMPRINT_EN },
  },
  datenschutz: {
    de: { title: 'Datenschutzerklärung', content: PRIVACY_DE },
    en: { title: 'Privacy notice', content: PRIVACY_EN },
  },
};

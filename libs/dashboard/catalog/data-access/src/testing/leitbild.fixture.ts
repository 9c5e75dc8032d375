import { LeitbildSection } from '@leitbild-monitor/shared/contracts';

/** Two sections, delivered out of order to show that the page sorts by position. */
export function leitbildSections(): LeitbildSection[] {
  return [
    {
      id: 's-2',
      code: '2',
      title: 'Was tun wir?',
      motto: null,
      position: 2,
      guidelines: [{ id: 'g-3', code: '2.1', text: 'Wir helfen einander.', position: 1 }],
    },
    {
      id: 's-1',
      code: '1',
      title: 'Wer sind wir?',
      motto: 'Harburg ist vielfältig.',
      position: 1,
      guidelines: [
        { id: 'g-2', code: '1.2', text: 'Wir sind viele.', position: 2 },
        { id: 'g-1', code: '1.1', text: 'Wir sind Harburg.', position: 1 },
      ],
    },
  ];
}

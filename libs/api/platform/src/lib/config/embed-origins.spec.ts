import { parseEmbedOrigins } from './embed-origins';

describe('parseEmbedOrigins', () => {
  it('reads origins, writes them in their normal form and drops repeats', () => {
    const problems: string[] = [];
    expect(
      parseEmbedOrigins(
        ' https://www.Harburg.example , http://127.0.0.1:8080/,https://www.harburg.example:443',
        problems,
      ),
    ).toEqual(['https://www.harburg.example', 'http://127.0.0.1:8080']);
    expect(problems).toEqual([]);
  });

  it('is empty when unset or blank', () => {
    expect(parseEmbedOrigins(undefined, [])).toEqual([]);
    expect(parseEmbedOrigins(' , ', [])).toEqual([]);
  });

  it('names every entry that is not an origin', () => {
    const problems: string[] = [];
    parseEmbedOrigins(
      'https://ok.example, www.harburg.example, https://a.example/path, ftp://b.example, https://u:p@c.example, *, https://d.example?x',
      problems,
    );
    expect(problems).toHaveLength(6);
    for (const entry of [
      'www.harburg.example',
      'https://a.example/path',
      'ftp://b.example',
      'https://u:p@c.example',
      '"*"',
    ])
      expect(problems.join('\n')).toContain(entry);
    expect(problems.join('\n')).not.toContain('ok.example');
  });
});

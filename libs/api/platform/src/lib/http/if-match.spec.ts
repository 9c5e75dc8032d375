import { HttpException } from '@nestjs/common';
import { ApiProblemException } from './api-problem.exception';
import { etagOf, requiredVersionFromIfMatch } from './if-match';

describe('If-Match', () => {
  it('round-trips the ETag of a version', () => {
    expect(requiredVersionFromIfMatch(etagOf(7))).toBe(7);
  });

  it('accepts weak and unquoted tags', () => {
    expect(requiredVersionFromIfMatch('W/"3"')).toBe(3);
    expect(requiredVersionFromIfMatch('3')).toBe(3);
    expect(requiredVersionFromIfMatch(['"4"'])).toBe(4);
  });

  it('answers 428 when missing', () => {
    for (const value of [undefined, '', '  ']) {
      try {
        requiredVersionFromIfMatch(value);
        throw new Error('expected 428');
      } catch (error) {
        expect((error as HttpException).getStatus()).toBe(428);
        expect((error as ApiProblemException).problems).toEqual([
          { field: 'If-Match', code: 'if_match_required', params: {} },
        ]);
      }
    }
  });

  it('answers 400 for anything else', () => {
    for (const value of ['*', 'abc', '"1", "2"', '"-1"', '"99999999999"']) {
      try {
        requiredVersionFromIfMatch(value);
        throw new Error('expected 400');
      } catch (error) {
        expect((error as HttpException).getStatus()).toBe(400);
        expect((error as ApiProblemException).problems).toEqual([
          { field: 'If-Match', code: 'if_match_malformed', params: {} },
        ]);
      }
    }
  });
});

import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ApiProblemException } from './api-problem.exception';
import { IsIsoCalendarDate } from './is-iso-calendar-date';
import { MaxLength } from './text-rules';
import { createValidationPipe } from './validation';

class ContactDto {
  @IsOptional()
  @IsEmail()
  email?: string;
}

class SampleDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  title!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;

  @IsOptional()
  @IsIsoCalendarDate()
  start?: string;

  @IsOptional()
  @Max(100, { context: { problem: 'page_limit' } })
  limit?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

async function problemsOf(body: Record<string, unknown>) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: SampleDto });
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblemException);
    const exception = error as ApiProblemException;
    return { problems: exception.problems, message: exception.messageText, status: exception.getStatus() };
  }
  throw new Error('the body was valid');
}

describe('createValidationPipe', () => {
  it('answers each failed rule with its code, its field and the parameters of its decorator', async () => {
    const { problems, message, status } = await problemsOf({
      title: 'too long',
      progress: 101,
      kind: 'c',
      start: '2026-02-30',
      limit: 500,
      contact: { email: 'nope' },
      extra: 1,
    });
    expect(status).toBe(400);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'too_long', params: { max: 5 } },
        { field: 'progress', code: 'too_large', params: { max: 100 } },
        { field: 'kind', code: 'not_allowed_value', params: { allowed: ['a', 'b'] } },
        { field: 'start', code: 'invalid_date', params: {} },
        { field: 'limit', code: 'page_limit', params: { max: 100 } },
        { field: 'contact.email', code: 'invalid_email', params: {} },
        { field: 'extra', code: 'unknown_field', params: {} },
      ]),
    );
    // One problem per message, as the messages stay for people.
    expect(problems).toHaveLength((message as string[]).length);
    expect(message).toEqual(expect.arrayContaining(['contact.email must be an email']));
  });

  it('names a missing field required and a fraction not_integer', async () => {
    const { problems } = await problemsOf({ progress: 1.5 });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'required', params: {} },
        { field: 'progress', code: 'not_integer', params: {} },
      ]),
    );
  });
});

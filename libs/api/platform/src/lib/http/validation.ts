import type { Problem, ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';
import { isProblemCode } from '@leitbild-monitor/shared/contracts';
import { HttpStatus, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { ApiProblemException, problem } from './api-problem.exception';

/** What a failed class-validator constraint means as a problem: its code, and its parameters from the decorator. */
type Rule = (constraints: readonly unknown[], value: unknown) => { code: ProblemCode; params?: ProblemParams };

const plain =
  (code: ProblemCode): Rule =>
  () => ({ code });

/**
 * The constraints the DTOs use, by the name class-validator reports them under (`registerDecorator`'s `name`),
 * each with the parameters a client needs to say the rule in its own words. A constraint not listed here is
 * `invalid_value`; a decorator can name its code itself with `context: { problem: 'page_limit' }`.
 */
const RULES: Record<string, Rule> = {
  isDefined: plain('required'),
  isNotEmpty: plain('required'),
  maxLength: ([max]) => ({ code: 'too_long', params: { max: Number(max) } }),
  minLength: ([min]) => ({ code: 'too_short', params: { min: Number(min) } }),
  isLength: ([min, max], value) =>
    typeof value === 'string' && [...value].length < Number(min)
      ? { code: 'too_short', params: { min: Number(min) } as ProblemParams }
      : { code: 'too_long', params: { max: Number(max) } as ProblemParams },
  isString: plain('not_string'),
  isBoolean: plain('not_boolean'),
  isInt: plain('not_integer'),
  isNumber: plain('not_number'),
  isArray: plain('not_array'),
  isObject: plain('not_object'),
  nestedValidation: plain('not_object'),
  min: ([min]) => ({ code: 'too_small', params: { min: Number(min) } }),
  max: ([max]) => ({ code: 'too_large', params: { max: Number(max) } }),
  arrayMaxSize: ([max]) => ({ code: 'too_many_items', params: { max: Number(max) } }),
  arrayUnique: plain('duplicate_items'),
  isEmail: plain('invalid_email'),
  isIsoCalendarDate: plain('invalid_date'),
  isIso8601: plain('invalid_date'),
  isDateString: plain('invalid_date'),
  isDateTimeWithOffset: plain('invalid_date'),
  isHttpUrl: plain('invalid_url'),
  isNotAfterToday: plain('date_in_future'),
  isIn: ([allowed]) => ({ code: 'not_allowed_value', params: { allowed: stringsOf(allowed) } }),
  isEnum: ([entity]) => ({ code: 'not_allowed_value', params: { allowed: stringsOf(Object.values(Object(entity))) } }),
  isUuid: plain('invalid_id'),
  matches: plain('invalid_format'),
  whitelistValidation: plain('unknown_field'),
  unknownValue: plain('malformed_request'),
};

function stringsOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(String) : [];
}

/**
 * The one validation pipe of the API: unknown fields are errors (not silently dropped), values are converted
 * to the DTO types, and every message names the field (nested ones as `contact.email`). Its 400 carries one
 * problem per failed constraint, in the order of the messages, with the field's path and the rule's parameters.
 */
class ApiValidationPipe extends ValidationPipe {
  override createExceptionFactory() {
    return (validationErrors: ValidationError[] = []) => {
      const budget = { remaining: this.maxErrorMessagesLength, isExceeded: false };
      const limited = this.limitValidationErrors(validationErrors, budget);
      const messages = this.flattenValidationErrors(limited);
      const problems = limited.flatMap((error) => problemsOf(error, ''));
      if (budget.isExceeded) messages.push('… and more errors');
      return new ApiProblemException(HttpStatus.BAD_REQUEST, problems, messages);
    };
  }
}

/** The problems of one error and its children, in the order Nest lists their messages. */
function problemsOf(error: ValidationError, parentPath: string): Problem[] {
  const path = parentPath ? `${parentPath}.${error.property}` : error.property;
  if (error.children && error.children.length > 0) {
    return error.children.flatMap((child) => problemsOf(child, path));
  }
  return Object.keys(error.constraints ?? {}).map((name) => problemOf(error, name, path));
}

function problemOf(error: ValidationError, name: string, path: string): Problem {
  const context = (error.contexts?.[name] as { problem?: unknown } | undefined)?.problem;
  const rule = RULES[name] ?? plain('invalid_value');
  const { code, params } = rule(constraintsOf(error, name), error.value);
  // `unknownValue` and nested objects without a property name concern the request as a whole.
  const field = name === 'unknownValue' || path === '' ? null : path;
  return problem(isProblemCode(context) ? context : code, field, params ?? {});
}

/** The arguments of the decorator that failed (e.g. `[200]` of `@MaxLength(200)`), from class-validator's metadata. */
function constraintsOf(error: ValidationError, name: string): readonly unknown[] {
  const target = error.target as object | undefined;
  if (!target || typeof target !== 'object') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((item) => item.propertyName === error.property && (item.name ?? item.type) === name);
  return metadata?.constraints ?? [];
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The target and value stay on the errors for the problems' parameters; neither reaches the answer.
    validationError: { target: true, value: true },
    stopAtFirstError: false,
  });
}

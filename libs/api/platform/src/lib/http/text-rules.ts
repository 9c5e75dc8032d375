import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Maximum length in characters as the databases count them (Unicode code points) — a drop-in replacement for
 * class-validator's `MaxLength`, which does not count variation selectors, so a title within its limit could
 * still overflow a PostgreSQL `varchar(200)`. It keeps the name because the OpenAPI plugin recognises
 * `MaxLength` by name and documents it as `maxLength`; ESLint forbids importing the original.
 */
export function MaxLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'maxLength',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [max],
      options: { message: `$property must be shorter than or equal to ${max} characters`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max },
    });
}

/** Leading and trailing white space is dropped before validation, so "   " is an empty title, not a title. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

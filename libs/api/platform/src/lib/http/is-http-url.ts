import { isDateTimeWithOffset, isHttpUrl } from '@leitbild-monitor/shared/domain';
import { ValidationOptions, registerDecorator } from 'class-validator';

/** An absolute http or https address (links to the council information system, ALLRIS, OParl): problem `invalid_url`. */
export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHttpUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an absolute http or https address`, ...options },
      validator: { validate: (value: unknown) => isHttpUrl(value) },
    });
}

/** An ISO date-time with its offset (`Z` or `±hh:mm`), never a local time: problem `invalid_date`. */
export function IsDateTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateTimeWithOffset',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an ISO date-time with an offset, e.g. 2027-03-04T17:00:00+01:00`,
        ...options,
      },
      validator: { validate: (value: unknown) => isDateTimeWithOffset(value) },
    });
}

import { isIsoCalendarDate } from '@leitbild-monitor/shared/domain';
import { ValidationOptions, registerDecorator } from 'class-validator';

/** A real calendar date written as YYYY-MM-DD (class-validator's IsISO8601 accepts 2017-02-30). */
export function IsIsoCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a calendar date in the form YYYY-MM-DD between 1900 and 2999`,
        ...options,
      },
      validator: { validate: (value: unknown) => isIsoCalendarDate(value) },
    });
}

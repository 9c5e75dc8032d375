import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it is validated — null included. (`IsOptional` would let
 * null through, which for a non-nullable column means a database error instead of a 400.)
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

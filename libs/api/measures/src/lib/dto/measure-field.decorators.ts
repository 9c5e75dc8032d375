import { IsOmittable, MaxLength } from '@leitbild-monitor/api/platform';
import type { MeasureFieldSpec } from '@leitbild-monitor/shared/domain';
import { MEASURE_FIELDS } from '@leitbild-monitor/shared/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';

/** Decorators in the order they would be written above a property (TypeScript applies those bottom-up). */
function asWritten(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}

/** A list of ids that may be left out: unique, at most `maxItems`, each a non-empty id (limits from the spec). */
export function IdListField(spec: MeasureFieldSpec): PropertyDecorator {
  return asWritten(
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(spec.maxItems ?? 0),
    ArrayUnique(),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(spec.max ?? 0, { each: true }),
  );
}

/** Progress 0–100 that may be left out, or null when unknown (unknown is not 0). */
export function ProgressField(): PropertyDecorator {
  const { min, max } = MEASURE_FIELDS.progress;
  return asWritten(
    ApiProperty({ minimum: min, maximum: max, required: false, nullable: true }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(max),
  );
}

import { ValidationPipe } from '@nestjs/common';

/**
 * The one validation pipe of the API: unknown fields are errors (not silently dropped), values are converted
 * to the DTO types, and every message names the field (nested ones as `contact.email`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
  });
}

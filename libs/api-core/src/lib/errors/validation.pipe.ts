import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './domain-error';

/**
 * class-validator on every argument, reported as BAD_USER_INPUT naming the first offending field
 * (its path inside the input, e.g. `email` or `address.postcode`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    // A property without a validator is refused, loudly, rather than silently dropped.
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const [field, message] = firstFailure(errors);
      return badInput(field, message);
    },
  });
}

function firstFailure(errors: ValidationError[], prefix = ''): [string, string] {
  const error = errors[0];
  if (!error) return [prefix || 'input', 'Invalid input'];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
  if (message) return [field, message];
  return firstFailure(error.children ?? [], field);
}

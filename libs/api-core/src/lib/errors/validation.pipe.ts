import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput } from './domain-error';

// @nestjs/graphql's GqlParamtype.ARGS: the only GraphQL parameter that carries client input.
const GRAPHQL_ARGS = 3 as unknown as ArgumentMetadata['type'];
const HTTP_INPUT: ArgumentMetadata['type'][] = ['body', 'query', 'param'];

/**
 * Validates client input only: GraphQL arguments and HTTP body, query and route parameters. A
 * field resolver's parent object or the context is not input; validating those would cost a
 * class-transformer round trip per field on every list the API returns.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    if (metadata.type !== GRAPHQL_ARGS && !HTTP_INPUT.includes(metadata.type)) return false;
    return super.toValidate(metadata);
  }
}
/**
 * class-validator on every argument, reported as BAD_USER_INPUT naming the first offending field
 * (its path inside the input, e.g. `email` or `address.postcode`).
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
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

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
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isClientInput(metadata)) {
      // PostgreSQL text cannot hold NUL: refused here, for every argument at once, rather than
      // reaching the database and coming back as an internal error.
      const path = pathOfNulCharacter(value);
      if (path !== undefined) throw nulCharacterRefused(path.length ? path.join('.') : (metadata.data ?? 'input'));
    }
    return super.transform(value, metadata);
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    if (!isClientInput(metadata)) return false;
    return super.toValidate(metadata);
  }
}

const isClientInput = (metadata: ArgumentMetadata) => metadata.type === GRAPHQL_ARGS || HTTP_INPUT.includes(metadata.type);

/** BAD_USER_INPUT on `field` for text holding a NUL character; for input the pipe does not see (multipart fields). */
export const nulCharacterRefused = (field: string) => badInput(field, 'Text may not contain the NUL character (\\u0000)');

/**
 * Where in `value` a string holds a NUL character: `[]` for `value` itself, `['address', 'line1']`
 * inside an input object (the same path validation errors give), undefined when there is none.
 */
export function pathOfNulCharacter(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNulCharacter(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
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

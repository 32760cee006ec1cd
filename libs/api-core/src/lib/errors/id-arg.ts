import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUuid } from '../text/uuid';
import { badInput } from './domain-error';

/** Refuses an id argument that is not a UUID as BAD_USER_INPUT naming the argument (not a database error). */
export class UuidArgPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    if (!isUuid(value)) throw badInput(metadata.data ?? 'id', 'This is not a valid id');
    return value;
  }
}

/** A GraphQL `ID` argument holding a UUID: `@IdArg('id') id: string`. */
export const IdArg = (name: string): ParameterDecorator => Args(name, { type: () => ID }, new UuidArgPipe());

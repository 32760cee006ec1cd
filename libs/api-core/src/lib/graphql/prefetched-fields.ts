import { Extensions } from '@nestjs/graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';

const PREFETCHABLE = 'prefetchable';
/** Where a parent keeps values loaded for its fields: a symbol, so no ordinary property is taken for one. */
const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/**
 * Marks a relation field (a `@ResolveField` without arguments) that a list query may load together
 * with its page and hand over with `setPrefetched`. A parent that carries the value has it read
 * straight off the parent: the resolver method, and Nest's per-call pipeline around it, are not
 * called. That pipeline was the largest single cost of a catalog page (20 products × 2 relations = 40
 * calls; decision 0007). A parent without it falls back to the resolver, which batches with DataLoader.
 */
export const Prefetchable = (): MethodDecorator & PropertyDecorator => Extensions({ [PREFETCHABLE]: true });

/** Hands `value` to `parent`'s `@Prefetchable()` field `field` (loaded with the parent's page). */
export function setPrefetched(parent: object, field: string, value: unknown): void {
  const carrier = parent as WithPrefetched;
  (carrier[PREFETCHED] ??= {})[field] = value;
}

/**
 * Schema transform (GraphQLModule `transformSchema`) that gives every `@Prefetchable()` field its
 * read-from-parent shortcut. Mutates the executable schema Nest just built, before it is served.
 */
export function readPrefetchedFieldsFromParent(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!field.extensions?.[PREFETCHABLE] || !resolve) continue;
      // A value loaded once per parent cannot depend on arguments.
      if (field.args.length) throw new Error(`${type.name}.${field.name} takes arguments and cannot be @Prefetchable()`);
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const prefetched = (source as WithPrefetched)[PREFETCHED];
        return prefetched && name in prefetched ? prefetched[name] : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

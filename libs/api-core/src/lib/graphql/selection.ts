import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected at `path` below the current field, through fragments and inline
 * fragments: `selectedFields(info, ['nodes'])` in a connection resolver tells which relations of the
 * nodes the client asked for, so they can be loaded with the page (see `Prefetchable`).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  // graphql-jit hands every execution of a compiled query the same field nodes: the answer is kept
  // with them (and goes when they go).
  let byPath = cache.get(info.fieldNodes);
  if (!byPath) cache.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = collect(info, path)));
  return fields;
}

const cache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

function collect(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    sets = fieldsOf(sets, info)
      .filter((field) => field.name.value === step)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(sets, info).map((field) => field.name.value));
}

function fieldsOf(sets: SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { readPrefetchedFieldsFromParent, setPrefetched } from './prefetched-fields';

function schemaWith(fields: { args?: boolean } = {}) {
  const calls: string[] = [];
  const Item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLString } } });
  const Parent = new GraphQLObjectType({
    name: 'Parent',
    fields: {
      id: { type: GraphQLString },
      items: {
        type: new GraphQLList(Item),
        extensions: { prefetchable: true },
        ...(fields.args ? { args: { first: { type: GraphQLInt } } } : {}),
        resolve: (parent: { id: string }) => {
          calls.push(parent.id);
          return [{ id: `${parent.id}-loaded` }];
        },
      },
    },
  });
  const parents = [{ id: 'a' }, { id: 'b', items: [{ id: 'not-prefetched' }] }];
  setPrefetched(parents[0], 'items', [{ id: 'a-prefetched' }]);
  const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { parents: { type: new GraphQLList(Parent), resolve: () => parents } } }) });
  return { schema: readPrefetchedFieldsFromParent(schema), calls };
}

describe('prefetchable fields', () => {
  it('read a value handed over with setPrefetched, and call the resolver otherwise (an ordinary property does not count)', async () => {
    const { schema, calls } = schemaWith();
    const result = await graphql({ schema, source: '{ parents { id items { id } } }' });
    expect(result.data).toEqual({ parents: [{ id: 'a', items: [{ id: 'a-prefetched' }] }, { id: 'b', items: [{ id: 'b-loaded' }] }] });
    expect(calls).toEqual(['b']);
  });

  it('cannot take arguments', () => {
    expect(() => schemaWith({ args: true })).toThrow('Parent.items takes arguments and cannot be @Prefetchable()');
  });
});

import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { Field, GraphQLModule, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { GraphQLTestClient } from '@flagship/testing';
import { createGraphQLOptions } from './graphql-options';

@ObjectType()
class Trail {
  @Field()
  name!: string;

  @Field(() => Trail)
  next!: Trail;
}

const endless = (): Trail => ({
  name: 'ridge',
  get next() {
    return endless();
  },
});

@Resolver(() => Trail)
class TrailResolver {
  @Query(() => Trail)
  trail(): Trail {
    return endless();
  }
}

/** The API limits themselves, on a recursive type that can nest as deep as a test needs. */
describe('GraphQL limits', () => {
  let app: INestApplication;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot(createGraphQLOptions({ production: true, onUnexpectedError: () => undefined }))],
      providers: [TrailResolver],
    }).compile();
    // The platform's HTTP adapter (apps/api createApplication), so the limits are tested as served.
    app = module.createNestApplication(new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    client = new GraphQLTestClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  });
  afterAll(() => app.close());

  /** `{ trail { next { … name } } }` whose deepest field is at `depth` (trail is 1). */
  const ofDepth = (depth: number) => `{ trail { ${'next { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

  it('answers a query of depth 6', async () => {
    expect((await client.request(ofDepth(6))).errors).toBeUndefined();
  });

  it('refuses a query of depth 7 by the depth limit, without running it', async () => {
    const result = await client.request(ofDepth(7));
    expect(result.errors?.map((error) => error.message)).toEqual([expect.stringMatching(/Query depth limit of 6 exceeded, found 7/)]);
    expect(result.data ?? null).toBeNull();
  });

  it('suggests no field names', async () => {
    const result = await client.request(`{ trial { name } }`);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|trail/);
  });
});

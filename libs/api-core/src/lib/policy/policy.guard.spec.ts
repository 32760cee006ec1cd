import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Args, Field, GraphQLModule, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Controller, Param, Post, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DomainErrorHttpFilter } from '../errors/domain-error-http.filter';
import type { FastifyInstance } from 'fastify';
import { buildSchema } from 'graphql';
import { Guards } from '../access/guards.decorator';
import { definePolicy } from '../access/resource-policy';
import { holdsRole, isAccount } from '../access/rule';
import { createGraphQLOptions } from '../graphql-options';
import { Role, type RawFlagshipRequest } from '../request/viewer';
import { declaredRoutes, fieldsTakingIds, fieldsTakingIdsWithoutRule, fieldsWithoutPolicy, rootFieldsReaching, routesWithoutPolicyOrRule } from './policy-coverage';
import { Authenticated, Public } from './policy.decorator';
import { PolicyGuard } from './policy.guard';
import { GraphQLTestClient, firstError } from '@flagship/testing';

const GadgetPolicy = definePolicy('spec_gadget', {
  noun: 'Gadget',
  refuseAs: 'NOT_FOUND',
  rules: { tune: holdsRole(Role.MODERATOR), read: isAccount((gadget: { ownerId: string }) => gadget.ownerId) },
});

@InputType()
class GadgetInput {
  @Field(() => ID)
  gadgetId!: string;
}

@InputType()
class WrappedGadgetInput {
  @Field(() => [GadgetInput])
  gadgets!: GadgetInput[];
}

@Resolver()
class GadgetResolver {
  // Names its rule; the rule needs only the viewer, so the guard checks it.
  @Authenticated()
  @Guards(GadgetPolicy, 'tune')
  @Mutation(() => String)
  tuneGadget(@Args('id', { type: () => ID }) id: string): string {
    return `tuned ${id}`;
  }

  // Takes an id inside a list of inputs and names no rule on purpose: the coverage walk must find it.
  @Public()
  @Query(() => String)
  unguardedGadgets(@Args('input') input: WrappedGadgetInput): string {
    return `${input.gadgets.length}`;
  }

  // A rule about the resource is the service's to check, so the guard lets it through.
  @Public()
  @Guards(GadgetPolicy, 'read')
  @Query(() => String)
  gadget(@Args('id', { type: () => ID }) id: string): string {
    return id;
  }
}

@Resolver()
class ForgetfulResolver {
  @Public()
  @Query(() => String)
  open(): string {
    return 'anyone';
  }

  // No policy on purpose: the guard must deny it.
  @Query(() => String)
  forgotten(): string {
    return 'secret';
  }
}

// A class-wide @Public() must not open methods that declare nothing themselves.
@Public()
@Resolver()
class ClassWidePublicResolver {
  @Query(() => String)
  classWide(): string {
    return 'secret';
  }
}

// HTTP routes are held to the same rules as GraphQL fields.
@Controller('gadgets')
class GadgetController {
  @Authenticated()
  @Guards(GadgetPolicy, 'tune')
  @Post(':id/tune')
  tune(@Param('id') id: string): string {
    return `tuned ${id}`;
  }

  // Takes an id in its path and names no rule on purpose: the route walk must find it.
  @Authenticated()
  @Post(':id/polish')
  polish(@Param('id') id: string): string {
    return `polished ${id}`;
  }

  // No policy on purpose.
  @Post()
  create(): string {
    return 'created';
  }
}

describe('PolicyGuard', () => {
  let app: INestApplication;
  let client: GraphQLTestClient;
  let url: string;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot(createGraphQLOptions({ production: true, onUnexpectedError: () => undefined }))],
      controllers: [GadgetController],
      providers: [ForgetfulResolver, ClassWidePublicResolver, GadgetResolver, { provide: APP_GUARD, useClass: PolicyGuard }, { provide: APP_FILTER, useClass: DomainErrorHttpFilter }],
    }).compile();
    // The platform's HTTP adapter (apps/api createApplication), so the limits are tested as served.
    app = module.createNestApplication(new FastifyAdapter(), { logger: false });
    // Stands in for the session lookup: `x-roles: MODERATOR` signs the request in with that role.
    (app.getHttpAdapter().getInstance() as FastifyInstance).addHook('onRequest', (request, _reply, done) => {
      const roles = request.headers['x-roles'];
      if (typeof roles === 'string') {
        (request.raw as RawFlagshipRequest).viewer = { accountId: 'a', roles: new Set([Role.CONSUMER, ...(roles.split(',').filter(Boolean) as Role[])]), memberships: [], sessionId: 's' };
      }
      done();
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    client = new GraphQLTestClient(url);
  });
  afterAll(() => app.close());

  it('denies a field that declares no policy with FORBIDDEN and no data', async () => {
    const result = await client.request(`{ forgotten }`);
    expect(firstError(result).code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('is found by the schema walk that policy-coverage tests rely on', () => {
    expect(fieldsWithoutPolicy(app).sort()).toEqual(['Query.classWide', 'Query.forgotten']);
  });

  it('finds every field taking an id, in an argument or deep in an input, and those naming no rule', () => {
    const schema = buildSchema(`
      input Inner { ids: [ID!]! } input Outer { inner: Inner, note: String } input Plain { note: String }
      type Query { a(id: ID!): String, b(input: Outer): String, c(input: Plain): String, d(n: Int): String }
      type Mutation { e(list: [Outer!]!): String }`);
    expect(fieldsTakingIds(schema)).toEqual(['Query.a', 'Query.b', 'Mutation.e']);
    expect(fieldsTakingIdsWithoutRule(app)).toEqual(['Query.unguardedGadgets']);
  });

  it('checks a named rule that needs only the viewer before the resolver runs', async () => {
    const tune = `mutation { tuneGadget(id: "g1") }`;
    const as = async (roles: string) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-roles': roles }, body: JSON.stringify({ query: tune }) });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    expect((await as('')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as('VENDOR')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await client.request(tune)).code).toBe('UNAUTHENTICATED');
    expect((await as('VENDOR,MODERATOR')).data).toEqual({ tuneGadget: 'tuned g1' });
    // A rule about the resource is left to the service.
    expect(await client.data(`{ gadget(id: "g1") }`)).toEqual({ gadget: 'g1' });
  });

  it('holds HTTP routes to the same: a policy on each, a rule on each taking an id, checked by the guard', async () => {
    expect(Object.fromEntries(declaredRoutes(app))).toEqual({
      'POST /gadgets/:id/tune': { policy: { kind: 'authenticated' }, rules: ['spec_gadget.tune'] },
      'POST /gadgets/:id/polish': { policy: { kind: 'authenticated' }, rules: [] },
      'POST /gadgets': { policy: undefined, rules: [] },
    });
    expect(routesWithoutPolicyOrRule(app).sort()).toEqual(['POST /gadgets', 'POST /gadgets/:id/polish']);
    const tune = async (roles?: string) => (await fetch(`${url}/gadgets/g1/tune`, { method: 'POST', headers: roles === undefined ? {} : { 'x-roles': roles } })).status;
    expect(await tune()).toBe(401);
    expect(await tune('VENDOR')).toBe(403);
    expect(await tune('MODERATOR')).toBe(201);
    expect((await fetch(`${url}/gadgets`, { method: 'POST', headers: { 'x-roles': 'MODERATOR' } })).status).toBe(403);
  });

  it('finds the root fields a type hangs off, with the path that reaches it', () => {
    const schema = buildSchema(`
      type Secret { email: String } type Owner { secret: Secret } union Thing = Owner | Public
      interface Node { id: ID } type Public implements Node { id: ID, name: String } type Hidden implements Node { id: ID, secret: Secret }
      type Query { me: Secret, owner: Owner, things: [Thing], node: Node, public: Public }`);
    expect(Object.fromEntries(rootFieldsReaching(schema, 'Secret'))).toEqual({
      'Query.me': 'Query.me → Secret',
      'Query.owner': 'Query.owner → Owner.secret → Secret',
      'Query.things': 'Query.things → Owner → Owner.secret → Secret',
      'Query.node': 'Query.node → Hidden → Hidden.secret → Secret',
    });
  });

  it('ignores a policy put on the resolver class', async () => {
    expect(firstError(await client.request(`{ classWide }`)).code).toBe('FORBIDDEN');
  });

  it('lets a @Public field through', async () => {
    expect(await client.data(`{ open }`)).toEqual({ open: 'anyone' });
  });
});

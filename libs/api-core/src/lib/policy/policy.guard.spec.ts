import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createGraphQLOptions } from '../graphql-options';
import { fieldsWithoutPolicy } from './policy-coverage';
import { Public } from './policy.decorator';
import { PolicyGuard } from './policy.guard';
import { GraphQLTestClient, firstError } from '@flagship/testing';

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

describe('PolicyGuard', () => {
  let app: INestApplication;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot(createGraphQLOptions({ production: true, onUnexpectedError: () => undefined }))],
      providers: [ForgetfulResolver, ClassWidePublicResolver, { provide: APP_GUARD, useClass: PolicyGuard }],
    }).compile();
    // The platform's HTTP adapter (apps/api createApplication), so the limits are tested as served.
    app = module.createNestApplication(new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    client = new GraphQLTestClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
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

  it('ignores a policy put on the resolver class', async () => {
    expect(firstError(await client.request(`{ classWide }`)).code).toBe('FORBIDDEN');
  });

  it('lets a @Public field through', async () => {
    expect(await client.data(`{ open }`)).toEqual({ open: 'anyone' });
  });
});

import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('committed GraphQL schema', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('matches the schema the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const generated = `${printSchema(env.app.get(GraphQLSchemaHost).schema)}\n`;
    expect(committed).toBe(generated);
  });
});

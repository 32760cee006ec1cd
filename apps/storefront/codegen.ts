import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed API schema. `npm run codegen` after changing a query or the
// schema; `npm test` fails when src/gql is out of date.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/storefront/src/**/*.{ts,tsx}', '!apps/storefront/src/gql/**'],
  generates: {
    'apps/storefront/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // SafeInt: amounts in minor units, JSON numbers exact up to 2^53 - 1 (decision 0016).
        scalars: { DateTime: 'string', SafeInt: 'number' },
      },
    },
  },
  hooks: { afterOneFileWrite: [] },
};

export default config;

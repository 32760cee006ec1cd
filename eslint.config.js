import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { storefrontLayers } from './scripts/eslint/storefront-layers.js';

const testFiles = ['**/*.spec.ts', '**/*.e2e.ts', 'apps/*/test/**', 'apps/*-e2e/**'];

/**
 * Which domains a domain may use. Domains are independent unless listed here; a new domain library
 * must be added (the check below fails the lint otherwise), which makes every new dependency a choice.
 */
const DOMAIN_DEPENDENCIES = {
  accounts: [],
  brand: [],
  catalog: [],
  cart: ['catalog'],
  payments: [],
  orders: ['catalog', 'cart', 'payments', 'accounts'],
  reviews: ['catalog', 'accounts', 'orders'],
  community: ['catalog', 'accounts'],
  marketplace: ['catalog', 'cart', 'orders', 'payments', 'accounts', 'community'],
};

const domainLibraryDirs = [];
for (const dir of readdirSync(new URL('./libs', import.meta.url))) {
  const project = JSON.parse(readFileSync(new URL(`./libs/${dir}/project.json`, import.meta.url), 'utf8'));
  const domain = project.tags.find((tag) => tag.startsWith('domain:'))?.slice('domain:'.length);
  if (domain && !(domain in DOMAIN_DEPENDENCIES)) throw new Error(`eslint.config.js: add domain "${domain}" to DOMAIN_DEPENDENCIES`);
  if (domain) domainLibraryDirs.push(dir);
}

// Services come from dependency injection, never from `new` (a private copy with its own
// dependencies is hidden wiring); domain modules are imported by whoever uses them, never global.
// See docs/decisions/0011.
const noNewService = {
  selector: 'NewExpression[callee.name=/Service$/]',
  message: 'Inject services (import the module that exports it) instead of building them with new.',
};
const noGlobalDomainModule = [
  { selector: "Decorator[expression.callee.name='Global']", message: 'Domain modules are not global: import the module where it is used.' },
  { selector: "Property[key.name='global'][value.value=true]", message: 'Domain modules are not global: import the module where it is used.' },
];

const domainConstraints = Object.entries(DOMAIN_DEPENDENCIES).map(([domain, uses]) => ({
  sourceTag: `domain:${domain}`,
  onlyDependOnLibsWithTags: ['type:infra', 'type:testing', ...uses.map((used) => `domain:${used}`)],
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.nx/**', 'test-results/**', 'apps/storefront/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Decorator-driven code (TypeORM types, Nest DI) passes classes around as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // Apps wire domains; domains use shared infrastructure, never each other; the storefront
      // talks to the API only over GraphQL. See docs/architecture.md.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'scope:storefront', onlyDependOnLibsWithTags: ['scope:storefront', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:infra', 'type:testing', 'type:domain'] },
            ...domainConstraints,
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:infra'] },
            // Browser tests run the built platform from outside; they may use test and database helpers.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:infra'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@flagship/*/src/*', '@flagship/*/lib/*'], message: "Import a library through its index ('@flagship/<name>')." }] },
      ],
    },
  },
  {
    // Test helpers stay out of production code.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: [...testFiles, 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@flagship/testing', message: 'Test helpers are for *.spec.ts files only.' }],
          patterns: [{ group: ['@flagship/*/src/*', '@flagship/*/lib/*'], message: "Import a library through its index ('@flagship/<name>')." }],
        },
      ],
    },
  },
  {
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-syntax': ['error', noNewService] },
  },
  {
    files: domainLibraryDirs.map((dir) => `libs/${dir}/src/**/*.ts`),
    ignores: testFiles,
    rules: { 'no-restricted-syntax': ['error', noNewService, ...noGlobalDomainModule] },
  },
  {
    // The end-to-end tests in src/processes run without a browser (only src/browser waits for the
    // browser check, see apps/storefront-e2e/jest.config.js), so they may not drive one.
    files: ['apps/storefront-e2e/src/processes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['playwright-core', '@axe-core/playwright'].map((name) => ({ name, message: 'A test that drives a browser belongs in apps/storefront-e2e/src/browser.' })),
          patterns: [
            { group: ['**/support/browser', '**/support/shop-in-browser', '**/support/accessibility'], message: 'A test that drives a browser belongs in apps/storefront-e2e/src/browser.' },
            { group: ['@flagship/*/src/*', '@flagship/*/lib/*'], message: "Import a library through its index ('@flagship/<name>')." },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/storefront/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, storefront: { rules: { layers: storefrontLayers } } },
    rules: { ...reactHooks.configs.recommended.rules, 'storefront/layers': 'error' },
  },
);

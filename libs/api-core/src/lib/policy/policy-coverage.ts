import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_METADATA } from './policy.decorator';

// @nestjs/graphql's own metadata keys on resolver methods.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Query and Mutation fields of the app's schema whose resolver method declares no access policy, as
 * `Query.name`. Tests assert it is empty, so deny-by-default is checked, not hoped for.
 */
export function fieldsWithoutPolicy(app: INestApplication): string[] {
  const declared = new Set<string>();
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if ((type === 'Query' || type === 'Mutation') && Reflect.getMetadata(POLICY_METADATA, handler)) {
          declared.add(`${type}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`);
        }
      }
    }
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  return [schema.getQueryType(), schema.getMutationType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []))
    .filter((field) => !declared.has(field));
}

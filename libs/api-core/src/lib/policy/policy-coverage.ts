import { RequestMethod, type INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLID,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { GUARDS_METADATA } from '../access/guards.decorator';
import type { NamedRule } from '../access/resource-policy';
import { POLICY_METADATA, type AccessPolicy } from './policy.decorator';

// @nestjs/graphql's own metadata keys on resolver methods, and @nestjs/common's on controllers and routes.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const PATH = 'path';
const METHOD = 'method';

/** What a Query or Mutation field's resolver method declares, by field (`Query.order`). */
export interface DeclaredAccess {
  policy?: AccessPolicy;
  rules: string[];
}

const accessOf = (handler: object): DeclaredAccess => ({
  policy: Reflect.getMetadata(POLICY_METADATA, handler) as AccessPolicy | undefined,
  rules: ((Reflect.getMetadata(GUARDS_METADATA, handler) as NamedRule[] | undefined) ?? []).map((rule) => rule.name),
});

/** The access each Query and Mutation resolver method declares (`@Public`/`@Authenticated`, `@Guards`). */
export function declaredAccess(app: INestApplication): Map<string, DeclaredAccess> {
  const declared = new Map<string, DeclaredAccess>();
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        declared.set(`${type}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`, accessOf(handler));
      }
    }
  }
  return declared;
}

/**
 * What each HTTP route of the app's controllers declares, by `METHOD /path` (`POST
 * /catalog/products/:productId/images`). Routes are held to the same rules as GraphQL fields: a
 * policy on each, and a named rule on each that takes an id in its path.
 */
export function declaredRoutes(app: INestApplication): Map<string, DeclaredAccess> {
  const declared = new Map<string, DeclaredAccess>();
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prefix = ([Reflect.getMetadata(PATH, instance.constructor) as string | string[] | undefined].flat()[0] ?? '').replace(/^\/|\/$/g, '');
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const paths = Reflect.getMetadata(PATH, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const verb = RequestMethod[(Reflect.getMetadata(METHOD, handler) as RequestMethod | undefined) ?? RequestMethod.GET];
        for (const path of [paths].flat()) {
          const full = ['', prefix, path.replace(/^\/|\/$/g, '')].filter((part, i) => i === 0 || part).join('/');
          declared.set(`${verb} ${full || '/'}`, accessOf(handler));
        }
      }
    }
  }
  return declared;
}

/** Routes that declare no policy, and routes with an id in their path (`:productId`) that name no rule. Tests assert both are empty. */
export function routesWithoutPolicyOrRule(app: INestApplication): string[] {
  return [...declaredRoutes(app)].filter(([route, access]) => !access.policy || (/\/:/.test(route) && access.rules.length === 0)).map(([route]) => route);
}

const rootFields = (schema: GraphQLSchema) =>
  [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })) : []));

/**
 * Query and Mutation fields of the app's schema whose resolver method declares no access policy, as
 * `Query.name`. Tests assert it is empty, so deny-by-default is checked, not hoped for.
 */
export function fieldsWithoutPolicy(app: INestApplication): string[] {
  const declared = declaredAccess(app);
  return rootFields(app.get(GraphQLSchemaHost).schema)
    .map(({ coordinate }) => coordinate)
    .filter((field) => !declared.get(field)?.policy);
}

/** Query and Mutation fields that take an `ID`, as an argument or anywhere inside an input argument. */
export function fieldsTakingIds(schema: GraphQLSchema): string[] {
  return rootFields(schema)
    .filter(({ field }) => field.args.some((arg) => holdsId(arg.type)))
    .map(({ coordinate }) => coordinate);
}

function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named === GraphQLID) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsId(field.type, seen));
}

/**
 * Fields that take an id but name no resource rule (`@Guards`): each id points at something, and
 * something must decide who may reach it. Tests assert it is empty.
 */
export function fieldsTakingIdsWithoutRule(app: INestApplication): string[] {
  const declared = declaredAccess(app);
  return fieldsTakingIds(app.get(GraphQLSchemaHost).schema).filter((field) => (declared.get(field)?.rules.length ?? 0) === 0);
}

/**
 * The Query and Mutation fields from whose result `typeName` can be reached, following object fields,
 * interfaces and unions, each with the shortest path that reaches it (`Query.reviews → Review.author →
 * Account`). For proving that a sensitive type (an account with its email) hangs only off the fields
 * meant for it.
 */
export function rootFieldsReaching(schema: GraphQLSchema, typeName: string): Map<string, string> {
  const reaching = new Map<string, string>();
  for (const { coordinate, field } of rootFields(schema)) {
    const path = shortestPath(schema, getNamedType(field.type), typeName);
    if (path) reaching.set(coordinate, [coordinate, ...path].join(' → '));
  }
  return reaching;
}

function shortestPath(schema: GraphQLSchema, start: GraphQLNamedType, target: string): string[] | undefined {
  const queue: { type: GraphQLNamedType; path: string[] }[] = [{ type: start, path: [] }];
  const seen = new Set<string>([start.name]);
  while (queue.length) {
    const { type, path } = queue.shift()!;
    if (type.name === target) return [...path, type.name];
    const next: { type: GraphQLNamedType; step: string }[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) next.push({ type: getNamedType(field.type), step: `${type.name}.${field.name}` });
    }
    if (isUnionType(type) || isInterfaceType(type)) {
      for (const possible of schema.getPossibleTypes(type)) next.push({ type: possible, step: possible.name });
    }
    for (const { type: nextType, step } of next) {
      if (seen.has(nextType.name)) continue;
      seen.add(nextType.name);
      queue.push({ type: nextType, path: [...path, step] });
    }
  }
  return undefined;
}

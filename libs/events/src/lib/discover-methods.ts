import type { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface DiscoveredMethod<Metadata> {
  /** `ClassName.method`, for logs and errors. */
  owner: string;
  metadata: Metadata;
  call: (...args: unknown[]) => Promise<unknown>;
}

/**
 * The provider methods carrying `key` metadata, across every module of the app. A class provided in
 * two modules would run twice, so it is refused.
 */
export function discoverMethods<Metadata>(discovery: DiscoveryService, scanner: MetadataScanner, key: symbol): DiscoveredMethod<Metadata>[] {
  const found: DiscoveredMethod<Metadata>[] = [];
  const owners = new Set<string>();
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (instance as Record<string, unknown>)[method];
      const metadata = typeof handler === 'function' ? (Reflect.getMetadata(key, handler) as Metadata | undefined) : undefined;
      if (metadata === undefined) continue;
      const owner = `${instance.constructor.name}.${method}`;
      if (!wrapper.isDependencyTreeStatic()) throw new Error(`${owner}: event handlers must live in singleton providers`);
      if (owners.has(owner)) throw new Error(`${owner} is provided by more than one module; provide it once`);
      owners.add(owner);
      found.push({ owner, metadata, call: (...args) => (handler as (...a: unknown[]) => Promise<unknown>).apply(instance, args) });
    }
  }
  return found;
}

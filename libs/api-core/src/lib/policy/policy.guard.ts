import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GUARDS_METADATA } from '../access/guards.decorator';
import type { NamedRule } from '../access/resource-policy';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { requestContextOf } from '../request/current-viewer.decorator';
import { viewerOf } from '../request/viewer';
import { POLICY_METADATA, type AccessPolicy } from './policy.decorator';

/**
 * The single global guard: reads the policy a handler declares and denies when there is none, so a
 * forgotten decorator closes a field instead of opening it. Then checks the rules the handler names
 * (`@Guards`) that need only the viewer (roles, signed in): the one place a role is checked before a
 * resolver runs. Rules about the resource itself are the service's, once it has loaded it.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // Read from the method only: a class-wide policy would silently cover methods added later.
    const policy = this.reflector.get<AccessPolicy | undefined>(POLICY_METADATA, context.getHandler());
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access policy; denied`);
      throw forbidden('This operation is not available');
    }
    const rules = this.reflector.get<NamedRule[] | undefined>(GUARDS_METADATA, context.getHandler()) ?? [];
    if (policy.kind === 'public' && rules.length === 0) return true;
    const viewer = viewerOf(requestContextOf(context).req);
    if (policy.kind === 'authenticated' && !viewer) throw unauthenticated();
    // Roles were read from the database with this request's session, so a removed one fails here.
    for (const { rule } of rules) {
      if (!rule.needsResource && !rule.allows(viewer, undefined as never)) throw viewer ? forbidden() : unauthenticated();
    }
    return true;
  }
}

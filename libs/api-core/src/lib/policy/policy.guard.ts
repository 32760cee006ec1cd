import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { requestContextOf } from '../request/current-viewer.decorator';
import { viewerOf } from '../request/viewer';
import { POLICY_METADATA, type AccessPolicy } from './policy.decorator';

/**
 * The single global guard: reads the policy a handler declares and denies when there is none, so a
 * forgotten decorator closes a field instead of opening it.
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
    if (policy.kind === 'public') return true;
    const viewer = viewerOf(requestContextOf(context).req);
    if (!viewer) throw unauthenticated();
    if (policy.kind === 'roles' && !policy.roles.includes(viewer.role)) throw forbidden();
    return true;
  }
}

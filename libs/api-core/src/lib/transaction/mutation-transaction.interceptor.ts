import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TransactionalConnection } from '@flagship/database';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';

/**
 * Every GraphQL mutation is one unit of work: the services it calls share one transaction, so a
 * mutation that fails writes nothing, and platform events commit with the change they record.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(private readonly connection: TransactionalConnection) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    return from(this.connection.withTransaction(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}

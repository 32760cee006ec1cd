import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TransactionalConnection } from '@flagship/database';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';

const MANUAL_TRANSACTIONS = 'flagship:manual-transactions';

/**
 * For the few mutations that must call out (a payment provider) between database writes: the
 * service opens its own short transactions with TransactionalConnection.withTransaction, so no
 * external call ever runs while rows are locked. Use sparingly and say why at the use.
 */
export const ManualTransactions = () => SetMetadata(MANUAL_TRANSACTIONS, true);

/**
 * Every GraphQL mutation is one unit of work: the services it calls share one transaction, so a
 * mutation that fails writes nothing, and platform events commit with the change they record.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    if (this.reflector.get<boolean>(MANUAL_TRANSACTIONS, context.getHandler())) return next.handle();
    return from(this.connection.withTransaction(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}

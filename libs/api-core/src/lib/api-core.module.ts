import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { createValidationPipe } from './errors/validation.pipe';
import { PolicyGuard } from './policy/policy.guard';
import { MutationTransactionInterceptor } from './transaction/mutation-transaction.interceptor';

/** The request pipeline every domain relies on: access policies, input validation, transactions. */
@Module({
  providers: [
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
  ],
})
export class ApiCoreModule {}

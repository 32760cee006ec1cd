import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { DomainErrorHttpFilter } from './errors/domain-error-http.filter';
import { createValidationPipe } from './errors/validation.pipe';
import { PolicyGuard } from './policy/policy.guard';
import { MutationTransactionInterceptor } from './transaction/mutation-transaction.interceptor';

/** The request pipeline every domain relies on: access policies, input validation, transactions. */
@Module({
  providers: [
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
    { provide: APP_FILTER, useClass: DomainErrorHttpFilter },
  ],
})
export class ApiCoreModule {}

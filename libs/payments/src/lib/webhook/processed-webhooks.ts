import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { ProcessedWebhookEvent } from './processed-webhook-event.entity';

export const APPLIED = Symbol('applied');
export const DUPLICATE = Symbol('duplicate');
export const IGNORED = Symbol('ignored');
export type WebhookOutcome = typeof APPLIED | typeof IGNORED | typeof DUPLICATE;

/**
 * Applies each provider event once: its id is stored in the same transaction as its effect, so a
 * redelivery (or the same event reaching two endpoints) finds it and changes nothing.
 */
@Injectable()
export class ProcessedWebhooks {
  constructor(private readonly connection: TransactionalConnection) {}

  once(event: { id: string; type: string }, apply: () => Promise<typeof APPLIED | typeof IGNORED>): Promise<WebhookOutcome> {
    return this.connection.withTransaction(async () => {
      const inserted = await this.connection
        .getRepository(ProcessedWebhookEvent)
        .createQueryBuilder()
        .insert()
        .values({ id: event.id, type: event.type })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) return DUPLICATE;
      return apply();
    });
  }
}

/** The webhook's answer: 200 with what happened. */
export function answer(outcome: WebhookOutcome): { received: true; duplicate?: true; ignored?: true } {
  if (outcome === DUPLICATE) return { received: true, duplicate: true };
  if (outcome === IGNORED) return { received: true, ignored: true };
  return { received: true };
}

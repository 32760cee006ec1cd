import { EventFeedRunner } from '@flagship/events';
import type { TestEnvironment } from './test-environment';

/**
 * Runs an event feed consumer until `done` says so. The feed hands out only events below the oldest
 * transaction running on the whole database server, and other test files share that server, so a run
 * right after a commit may find the event still held back behind someone else's transaction.
 */
export async function drainUntil(env: Pick<TestEnvironment, 'app'>, consumer: string, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    await env.app.get(EventFeedRunner).drain(consumer);
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Event consumer ${consumer} never got there`);
}

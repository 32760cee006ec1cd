import type { EventType, RecordedEvent } from '../catalog/event-type';

export const REACTS_TO = Symbol('flagship:reacts-to');

/**
 * Marks a method of a provider as a reaction: it runs inside the transaction that records one of
 * these event types, right after the event is written, so the reaction's writes commit or roll back
 * with the change it reacts to (and a reaction that throws undoes the whole change). For work that is
 * slow or may fail on its own, consume the event feed instead (`@ConsumeEvents`).
 *
 *   @ReactTo(PaymentEvents.succeeded)
 *   async paymentSucceeded(event: RecordedEvent<typeof PaymentEvents.succeeded>) { … }
 *
 * The method's parameter must accept the events of the types named (checked by the compiler).
 */
export function ReactTo<const Types extends readonly EventType[]>(...types: Types) {
  return <Handler extends (event: RecordedEvent<Types[number]>) => Promise<unknown>>(_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<Handler>): void => {
    if (!types.length) throw new Error('@ReactTo needs at least one event type');
    Reflect.defineMetadata(REACTS_TO, types, descriptor.value as object);
  };
}

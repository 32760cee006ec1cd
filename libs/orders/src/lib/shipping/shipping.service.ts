import { Injectable } from '@nestjs/common';
import { badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { ShippingMethodInput, UpdateShippingMethodInput } from './dto/shipping.inputs';
import { ShippingMethod } from './shipping-method.entity';
import { ShippingMethodPolicy } from './shipping-method.policy';

@Injectable()
export class ShippingService {
  constructor(private readonly connection: TransactionalConnection) {}

  list(includeInactive = false): Promise<ShippingMethod[]> {
    return this.connection.getRepository(ShippingMethod).find({
      where: includeInactive ? {} : { active: true },
      order: { position: 'ASC', priceMinor: 'ASC' },
    });
  }

  /** A method in any state; who may use it is `ShippingMethodPolicy`'s call. */
  find(id: string): Promise<ShippingMethod | null> {
    return this.connection.getRepository(ShippingMethod).findOneBy({ id });
  }

  async create(input: ShippingMethodInput): Promise<ShippingMethod> {
    const methods = this.connection.getRepository(ShippingMethod);
    return methods.save(methods.create({ ...input, freeAboveMinor: input.freeAboveMinor ?? null }));
  }

  async update(viewer: Viewer, id: string, input: UpdateShippingMethodInput): Promise<ShippingMethod> {
    // Absent: unchanged. Null empties only `freeAboveMinor` (always the flat price); the rest cannot be emptied.
    for (const field of ['name', 'priceMinor', 'currency', 'active', 'position'] as const) if (input[field] === null) throw badInput(field, 'This cannot be empty');
    const methods = this.connection.getRepository(ShippingMethod);
    ShippingMethodPolicy.authorize(viewer, 'manage', await methods.findOneBy({ id }));
    await methods.update({ id }, input);
    return methods.findOneByOrFail({ id });
  }
}

import { ConnectionType } from '@flagship/api-core';
import { Product } from '../product.entity';

export const ProductConnection = ConnectionType(Product, 'ProductConnection');
export type ProductConnection = InstanceType<typeof ProductConnection>;

import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One variant in a signed-in shopper's cart. The cart is simply the account's lines, kept in the
 * database so it follows the shopper across devices and API processes. Prices are never stored here:
 * they are read from the catalog whenever the cart is shown or checked out.
 */
@Entity('cart_line')
@Check('cart_line_quantity_check', '"quantity" BETWEEN 1 AND 99')
export class CartLine {
  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'cart_line_pkey' })
  accountId!: string;

  @PrimaryColumn('uuid', { name: 'variant_id', primaryKeyConstraintName: 'cart_line_pkey' })
  variantId!: string;

  @Column('integer')
  quantity!: number;

  /**
   * A service's line holds one booked slot (the marketplace's booking, decision 0035): the hold is made
   * when the slot is picked, and checkout turns it into a paid booking. Null for everything else.
   */
  @Column('uuid', { name: 'booking_id', nullable: true })
  bookingId!: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

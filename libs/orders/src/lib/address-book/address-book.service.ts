import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { postcodeProblem } from '../checkout/address-rules';
import type { ShippingAddressInput } from '../checkout/dto/checkout.input';
import { TaxService } from '../tax/tax.service';
import type { SavedAddressInput } from './dto/saved-address.inputs';
import { SavedAddress } from './saved-address.entity';
import { SavedAddressPolicy } from './saved-address.policy';

/** Addresses one member may keep: enough for home, work and a few friends, not a mailing list. */
export const MAX_SAVED_ADDRESSES = 10;

/**
 * A member's address book. Each address is checked as checkout checks one (a postcode that fits the
 * country, a country the shop ships to), so any saved address can be ordered to. Every change takes
 * the member's address-book lock first (inside the mutation's transaction): the limit and the one
 * default hold when two changes arrive at once.
 */
@Injectable()
export class AddressBookService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly tax: TaxService,
  ) {}

  /** The default first, then the newest. */
  list(viewer: Viewer): Promise<SavedAddress[]> {
    return this.connection.getRepository(SavedAddress).find({ where: { accountId: viewer.accountId }, order: { isDefault: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }

  async add(viewer: Viewer, input: SavedAddressInput): Promise<SavedAddress> {
    await this.lock(viewer.accountId);
    const saved = await this.insert(viewer.accountId, await this.checked(input, ''));
    if (input.isDefault) await this.makeDefault(viewer.accountId, saved.id);
    return this.addresses.findOneByOrFail({ id: saved.id });
  }

  /**
   * Checkout's "save this address": the address checkout was given, kept unless the book holds it
   * already. A full book refuses on `saveAddress`, and the checkout with it.
   */
  async keep(viewer: Viewer, address: ShippingAddressInput): Promise<void> {
    await this.lock(viewer.accountId);
    await this.insert(viewer.accountId, await this.checked(address, 'address.'), 'saveAddress');
  }

  async update(viewer: Viewer, id: string, input: SavedAddressInput): Promise<SavedAddress> {
    await this.lock(viewer.accountId);
    SavedAddressPolicy.authorize(viewer, 'manage', await this.addresses.findOneBy({ id }));
    await this.addresses.update({ id }, await this.checked(input, ''));
    if (input.isDefault) await this.makeDefault(viewer.accountId, id);
    return this.addresses.findOneByOrFail({ id });
  }

  /** Removes one; when it was the default, the newest left becomes the default. Returns the book. */
  async remove(viewer: Viewer, id: string): Promise<SavedAddress[]> {
    await this.lock(viewer.accountId);
    const address = SavedAddressPolicy.authorize(viewer, 'manage', await this.addresses.findOneBy({ id }));
    await this.addresses.delete({ id });
    if (address.isDefault) {
      const [newest] = await this.addresses.find({ where: { accountId: viewer.accountId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 1 });
      if (newest) await this.makeDefault(viewer.accountId, newest.id);
    }
    return this.list(viewer);
  }

  async setDefault(viewer: Viewer, id: string): Promise<SavedAddress[]> {
    await this.lock(viewer.accountId);
    SavedAddressPolicy.authorize(viewer, 'manage', await this.addresses.findOneBy({ id }));
    await this.makeDefault(viewer.accountId, id);
    return this.list(viewer);
  }

  private get addresses() {
    return this.connection.getRepository(SavedAddress);
  }

  /** Inserts the address unless the same one is saved already (then that one is returned); the first saved is the default. */
  private async insert(accountId: string, values: AddressValues, limitField?: string): Promise<SavedAddress> {
    const book = await this.addresses.findBy({ accountId });
    const same = book.find((saved) => sameAddress(saved, values));
    if (same) return same;
    if (book.length >= MAX_SAVED_ADDRESSES) {
      throw new DomainError(ErrorCode.CONFLICT, `Your address book is full (${MAX_SAVED_ADDRESSES} addresses): remove one in your account first`, limitField);
    }
    return this.addresses.save(this.addresses.create({ ...values, accountId, isDefault: book.length === 0 }));
  }

  private async makeDefault(accountId: string, id: string): Promise<void> {
    // Cleared first: the unique index allows one default per member at any moment.
    await this.addresses.update({ accountId, isDefault: true }, { isDefault: false });
    await this.addresses.update({ id }, { isDefault: true });
  }

  /**
   * The address as stored, or the refusal checkout would give it, on its field: the address book's own
   * (`postcode`) or, with `prefix` 'address.', checkout's (`address.postcode`).
   */
  private async checked(input: ShippingAddressInput, prefix: string): Promise<AddressValues> {
    const country = input.country;
    const postcode = input.postcode.trim().toUpperCase();
    if ((await this.tax.rateFor(country)) === null) throw badInput(`${prefix}country`, 'We do not ship to this country yet');
    const problem = postcodeProblem(country, postcode);
    if (problem) throw badInput(`${prefix}postcode`, problem);
    return { name: input.name, line1: input.line1, line2: input.line2 || null, city: input.city, postcode, country };
  }

  private async lock(accountId: string): Promise<void> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADDRESS_BOOK_LOCK, accountId]);
  }
}

type AddressValues = Pick<SavedAddress, 'name' | 'line1' | 'line2' | 'city' | 'postcode' | 'country'>;

const FIELDS = ['name', 'line1', 'line2', 'city', 'postcode', 'country'] as const;
const sameAddress = (a: AddressValues, b: AddressValues) => FIELDS.every((field) => (a[field] ?? '').toLowerCase() === (b[field] ?? '').toLowerCase());

/** First key of the per-member address-book lock (pg_advisory_xact_lock(class, hashtext(account id))). */
const ADDRESS_BOOK_LOCK = 0x61646472;

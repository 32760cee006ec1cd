import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, type Viewer } from '@flagship/api-core';
import { AddressBookService } from './address-book.service';
import { SavedAddressInput } from './dto/saved-address.inputs';
import { SavedAddress } from './saved-address.entity';
import { SavedAddressPolicy } from './saved-address.policy';

@Resolver(() => SavedAddress)
export class AddressBookResolver {
  constructor(private readonly addressBook: AddressBookService) {}

  @Authenticated()
  @Query(() => [SavedAddress], { description: 'The signed-in member’s address book: the default first, then the newest.' })
  savedAddresses(@CurrentViewer() viewer: Viewer): Promise<SavedAddress[]> {
    return this.addressBook.list(viewer);
  }

  @Authenticated()
  @Mutation(() => SavedAddress, { description: 'Keep an address for later checkouts (at most 10; the same address twice is kept once).' })
  addSavedAddress(@CurrentViewer() viewer: Viewer, @Args('input') input: SavedAddressInput): Promise<SavedAddress> {
    return this.addressBook.add(viewer, input);
  }

  @Authenticated()
  @Guards(SavedAddressPolicy, 'manage')
  @Mutation(() => SavedAddress)
  updateSavedAddress(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: SavedAddressInput): Promise<SavedAddress> {
    return this.addressBook.update(viewer, id, input);
  }

  @Authenticated()
  @Guards(SavedAddressPolicy, 'manage')
  @Mutation(() => [SavedAddress], { description: 'Remove an address; the address book after it (a removed default passes to the newest).' })
  removeSavedAddress(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<SavedAddress[]> {
    return this.addressBook.remove(viewer, id);
  }

  @Authenticated()
  @Guards(SavedAddressPolicy, 'manage')
  @Mutation(() => [SavedAddress], { description: 'Offer this address first at checkout; the address book after it.' })
  setDefaultSavedAddress(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<SavedAddress[]> {
    return this.addressBook.setDefault(viewer, id);
  }
}

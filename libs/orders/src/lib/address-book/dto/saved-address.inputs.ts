import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { ShippingAddressInput } from '../../checkout/dto/checkout.input';

/** The same fields and checks as checkout's address, plus whether it is offered first. */
@InputType()
export class SavedAddressInput extends ShippingAddressInput {
  @Field(() => Boolean, { defaultValue: false, description: 'True makes it the default, offered first at checkout; false leaves the default as it is. The first address saved is the default.' })
  @IsBoolean()
  isDefault = false;
}

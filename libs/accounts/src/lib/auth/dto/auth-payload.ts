import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../../account/account.entity';

@ObjectType({ description: 'The account now signed in; the session travels in an httpOnly cookie.' })
export class AuthPayload {
  @Field(() => Account)
  account!: Account;
}

import { Type } from 'class-transformer';
import { IsEmail, Length, ValidateNested } from 'class-validator';
import { DomainError } from './domain-error';
import { createValidationPipe } from './validation.pipe';

class Address {
  @Length(2, 10)
  postcode!: string;
}

class Registration {
  @IsEmail()
  email!: string;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Registration });

  it('names the offending field in a BAD_USER_INPUT DomainError', async () => {
    const error = await validate({ email: 'nope', address: { postcode: '12345' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('gives the path of a nested field', async () => {
    const error = await validate({ email: 'a@b.example', address: { postcode: 'x' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address.postcode' });
  });

  it('refuses a NUL character anywhere in the input, naming where', async () => {
    const error = await validate({ email: 'a@b.example', address: { postcode: '12\u00003' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address.postcode' });
    const scalar = await pipe.transform('a\u0000', { type: 'query', metatype: String, data: 'slug' }).catch((e: unknown) => e);
    expect(scalar).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
  });

  it('passes valid input through as an instance of the input class', async () => {
    const value = await validate({ email: 'a@b.example', address: { postcode: '12345' } });
    expect(value).toBeInstanceOf(Registration);
  });
});

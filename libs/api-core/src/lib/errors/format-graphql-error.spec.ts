import { fieldOfCoercionError } from './format-graphql-error';

describe('fieldOfCoercionError', () => {
  it.each([
    ['Variable "$input" got invalid value { role: "X" }; Field "role" is not defined by type "SignUpInput".', 'role'],
    ['Variable "$input" got invalid value {}; Field "email" of required type "String!" was not provided.', 'email'],
    ['Variable "$input" got invalid value 5 at "input.address"; Field "zip" of required type "String!" was not provided.', 'address.zip'],
    ['Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"', 'first'],
    ['Variable "$input" of required type "SignUpInput!" was not provided.', 'input'],
  ])('%s → %s', (message, field) => {
    expect(fieldOfCoercionError(message)).toBe(field);
  });

  it('gives nothing for messages of another shape', () => {
    expect(fieldOfCoercionError('Something else')).toBeUndefined();
  });
});

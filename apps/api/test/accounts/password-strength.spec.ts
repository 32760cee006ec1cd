import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { account { id } } }`;

/** Passwords are checked with zxcvbn (zxcvbn-ts): a guessable one is refused on `password`, saying why. */
describe('password strength at sign-up', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const signUp = (password: string, email = `rider.${Math.random().toString(36).slice(2)}@example.com`, displayName = 'Ridge Walker') =>
    env.visitor().request(SIGN_UP, { input: { email, password, displayName } });

  it.each([
    ['aaaaaaaaaa', /^Repeated characters like "aaa" are easy to guess\. .*Avoid repeated words and characters\./],
    ['1234567890', /^This is a frequently used password\. /],
    ['password123', /^This is a commonly used password\. /],
    ['qwertyuiop', /^This is a frequently used password\. /],
  ])('refuses %s with BAD_USER_INPUT on password and the reason, creating nothing', async (password, reason) => {
    const accounts = await env.count('account');

    const result = await signUp(password);

    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'password', message: expect.stringMatching(reason) });
    expect(await env.count('account')).toBe(accounts);
  });

  it('refuses a password made of the person’s own email address or name', async () => {
    const byEmail = await signUp('gravelqueen1987', 'gravelqueen1987@example.com', 'Maria');
    expect(firstError(byEmail)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', message: expect.stringMatching(/personal/) });
    const byName = await signUp('Bartholomew Featherstone', undefined, 'Bartholomew Featherstone');
    expect(firstError(byName)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('judges each sign-up’s password against that person’s own details, whoever used it just before', async () => {
    // Strong for someone else (the check runs on one validator instance shared by every request)…
    expect((await signUp('gravelqueen1987', 'maria.lopez@example.com', 'Maria')).errors).toBeUndefined();
    // …and still weak for the person whose email it is, straight after…
    const byEmail = await signUp('gravelqueen1987', 'gravelqueen1987@example.com', 'Gravel Queen');
    expect(firstError(byEmail)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', message: expect.stringMatching(/personal/) });
    // …and the other way round: a weak verdict is not handed to the next person either.
    expect((await signUp('gravelqueen1987', 'someone.else@example.com', 'Someone')).errors).toBeUndefined();
  });

  it('keeps the length rule’s own message for a short password', async () => {
    expect(firstError(await signUp('aaaa'))).toEqual({ code: 'BAD_USER_INPUT', field: 'password', message: 'Use at least 10 characters' });
  });

  it.each(['gravel-all-day', 'summer ride to the coast', 'Vq7#tLm2xR'])('accepts %s', async (password) => {
    expect((await signUp(password)).errors).toBeUndefined();
  });
});

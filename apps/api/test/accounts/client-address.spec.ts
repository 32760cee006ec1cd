import type { GraphQLFormattedError } from 'graphql';
import type { ApiConfig } from '../../src/config';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { account { id } } }`;
/** The storefront's nginx as the API sees it in docker/compose.yaml: another container, not loopback. */
const NGINX = '172.18.0.3';

/**
 * Which address the per-address rate limits count (TRUST_PROXY, decision 0017), shown on the tightest
 * one: 5 sign-ups per client address an hour. Requests come from the peer given (`remoteAddress`), as
 * from a proxy on another host or from a client that reached the API itself.
 */
describe('the client address behind proxies', () => {
  let signUps = 0;

  /** One sign-up from `peer`, with the X-Forwarded-For given: `SIGNED_UP` or the error's code. */
  async function signUp(env: TestEnvironment, peer: string, forwardedFor?: string): Promise<unknown> {
    const response = await env.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: peer,
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      payload: JSON.stringify({
        query: SIGN_UP,
        variables: { input: { email: `behind-proxy-${++signUps}@example.com`, password: 'correct-horse-battery-staple', displayName: 'Proxied Rider' } },
      }),
    });
    const { errors } = response.json<{ errors?: GraphQLFormattedError[] }>();
    return errors ? errors[0].extensions?.code : 'SIGNED_UP';
  }

  /** Six sign-ups, the nth with `request(n)`'s peer and X-Forwarded-For. */
  async function sixSignUps(env: TestEnvironment, request: (n: number) => [peer: string, forwardedFor?: string]): Promise<unknown[]> {
    const outcomes = [];
    for (let n = 1; n <= 6; n++) outcomes.push(await signUp(env, ...request(n)));
    return outcomes;
  }
  const FIVE_THEN_REFUSED = [...Array(5).fill('SIGNED_UP'), 'RATE_LIMITED'];
  const ALL_SIX = Array(6).fill('SIGNED_UP');

  function withTrustProxy(trustProxy: ApiConfig['trustProxy'] | undefined, tests: (env: () => TestEnvironment) => void) {
    let env: TestEnvironment;
    beforeAll(async () => {
      env = await createTestEnvironment(trustProxy === undefined ? {} : { trustProxy });
    });
    afterAll(() => env.close());
    tests(() => env);
  }

  describe('TRUST_PROXY unset: only a proxy on loopback is believed', () => {
    withTrustProxy(undefined, (env) => {
      it('ignores an X-Forwarded-For forged by a client that reached the API itself', async () => {
        expect(await sixSignUps(env(), (n) => ['198.51.100.20', `203.0.113.${n}`])).toEqual(FIVE_THEN_REFUSED);
      });

      it('counts every client of a proxy on another host as that proxy: why a deployment sets TRUST_PROXY', async () => {
        expect(await sixSignUps(env(), (n) => [NGINX, `203.0.113.${n}`])).toEqual(FIVE_THEN_REFUSED);
      });
    });
  });

  describe('TRUST_PROXY=1, as docker/compose.yaml sets it for its nginx', () => {
    withTrustProxy(1, (env) => {
      it('counts each client behind the proxy by the address the proxy saw', async () => {
        expect(await sixSignUps(env(), (n) => [NGINX, `192.0.2.1, 203.0.113.${n}`])).toEqual(ALL_SIX);
      });

      it('ignores what the client itself put in X-Forwarded-For before the proxy added its address', async () => {
        expect(await sixSignUps(env(), (n) => [NGINX, `192.0.2.${n}, 203.0.113.100`])).toEqual(FIVE_THEN_REFUSED);
      });
    });
  });

  describe('TRUST_PROXY=172.18.0.0/16: the proxies’ network', () => {
    withTrustProxy(['172.18.0.0/16'], (env) => {
      it('counts each client behind a proxy in that network by the address the proxy saw', async () => {
        expect(await sixSignUps(env(), (n) => [NGINX, `192.0.2.1, 203.0.113.${n}`])).toEqual(ALL_SIX);
      });

      it('ignores an X-Forwarded-For from a peer outside it', async () => {
        expect(await sixSignUps(env(), (n) => ['198.51.100.20', `203.0.113.${n}`])).toEqual(FIVE_THEN_REFUSED);
      });
    });
  });
});

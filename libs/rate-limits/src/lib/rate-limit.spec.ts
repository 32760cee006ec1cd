import { RateLimitedError, inAbout } from './rate-limit';

describe('RateLimitedError', () => {
  it.each([
    [0.2, 'in 1 second'],
    [40, 'in 40 seconds'],
    [60, 'in 1 minute'],
    [61, 'in 2 minutes'],
    [900, 'in 15 minutes'],
    [3600, 'in 60 minutes'],
    [5400, 'in 90 minutes'],
    [5401, 'in 2 hours'],
    [86_400, 'in 24 hours'],
  ])('says %s seconds as "%s", rounded up', (seconds, text) => {
    expect(inAbout(seconds)).toBe(text);
  });

  it('carries the code, a sentence a person can read and the seconds to wait', () => {
    const error = new RateLimitedError({ name: 'x', points: 1, durationSeconds: 60, refusal: 'Too many tries' }, 42);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many tries. Try again in 42 seconds.', extensions: { retryAfterSeconds: 42 } });
  });
});

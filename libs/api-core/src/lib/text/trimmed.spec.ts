import { plainToInstance } from 'class-transformer';
import { Trimmed } from './trimmed';

class Input {
  @Trimmed()
  name?: unknown;

  @Trimmed({ upperCase: true })
  country?: unknown;
}

describe('Trimmed', () => {
  it('trims text, upper-cases it when asked, and leaves anything else for the validators', () => {
    expect(plainToInstance(Input, { name: '  Ana Rider \n', country: ' de ' })).toEqual({ name: 'Ana Rider', country: 'DE' });
    expect(plainToInstance(Input, { name: 42, country: null })).toEqual({ name: 42, country: null });
  });
});

import { loadConfig } from '../../shared/config';
import { trustProxySetting } from './trust-proxy';

describe('TRUST_PROXY', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['FALSE', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['loopback', 'loopback'],
    [' 10.0.0.0/8, 192.168.1.4 ', '10.0.0.0/8, 192.168.1.4'],
  ])('%p trusts %p', (raw, setting) => {
    expect(trustProxySetting(raw)).toEqual(setting);
  });

  test('off unless set', () => {
    expect(trustProxySetting(loadConfig({}).gateway.trustProxy)).toBe(false);
  });
});

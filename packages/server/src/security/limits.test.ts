import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from './limits.js';

describe('limitsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
  });
  it('reads rates as <requests>/<seconds>, origins as a list, and TRUST_PROXY as Express does', () => {
    const limits = limitsFromEnv({
      RATE_LIMIT_LOGIN_PER_USER: '5/600',
      CORS_ORIGINS: 'https://spm.klatenkab.go.id/, https://console.example',
      TRUST_PROXY: '1',
      MAX_BODY_KB: '64',
      WS_MAX_SUBSCRIPTIONS: '5',
    });
    expect(limits.rate.loginPerUser).toEqual({ max: 5, windowSeconds: 600 });
    expect(limits.rate.loginPerIp).toEqual(DEFAULT_LIMITS.rate.loginPerIp);
    expect(limits.corsOrigins).toEqual(['https://spm.klatenkab.go.id', 'https://console.example']);
    expect(limits.trustProxy).toBe(1);
    expect(limits.maxBodyBytes).toBe(64 * 1024);
    expect(limits.ws.maxSubscriptionsPerConnection).toBe(5);
    expect(limitsFromEnv({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });
  it('refuses a malformed value at start-up, naming the variable', () => {
    expect(() => limitsFromEnv({ RATE_LIMIT_TRACK_PER_IP: 'ten' })).toThrow(/RATE_LIMIT_TRACK_PER_IP/);
    expect(() => limitsFromEnv({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
  });
});

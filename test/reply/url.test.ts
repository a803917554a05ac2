import { describe, expect, it } from 'vitest';
import { webUrl } from '../../src/reply/url.js';

describe('webUrl', () => {
  it('keeps plain web links', () => {
    expect(webUrl('https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf')?.host).toBe('pubs.usgs.gov');
    expect(webUrl('http://example.org/a b')?.pathname).toBe('/a%20b');
  });

  it('drops anything that is not a credential-free http(s) link', () => {
    for (const bad of [undefined, '', 'not a url', 'javascript:alert(1)', 'slack://channel?id=C1', 'https://user:pw@evil.example/', 'https://user@evil.example/']) {
      expect(webUrl(bad)).toBeUndefined();
    }
  });
});

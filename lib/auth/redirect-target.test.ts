import { describe, expect, test } from 'vitest';
import { isOnSite, safeRedirectPath } from './redirect-target.ts';

const SITE = 'http://localhost:3000';

describe('safeRedirectPath', () => {
  test.each([
    ['/editor?x=1', '/editor?x=1'],
    ['/editor/events/a#history', '/editor/events/a#history'],
    ['http://localhost:3000/admin/users', '/admin/users'],
    ['editor', '/editor'],
    ['/%09/evil', '/%09/evil'],
  ])('keeps %j on this site as %j', (target, expected) => {
    expect(safeRedirectPath(target, SITE)).toBe(expected);
    expect(isOnSite(target, SITE)).toBe(true);
  });

  test.each([
    // What ?callbackUrl=/%5Cevil.example and ?callbackUrl=/%09/evil.example decode to.
    '/\\evil.example',
    '/\t/evil.example',
    '/%5Cevil.example'.replace('%5C', '\\'),
    '//evil',
    '\\\\evil.example',
    ' //evil.example',
    'https://evil.example',
    'https://evil.example/editor',
    'http://localhost:3000.evil.example/',
    'https://localhost:3000/editor',
    'http://localhost:3001/editor',
    'http://localhost:3000//evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://[::1',
    '',
    null,
    undefined,
  ])('sends %j to /', (target) => {
    expect(safeRedirectPath(target, SITE)).toBe('/');
    if (target) expect(isOnSite(target, SITE)).toBe(false);
  });
});

import { safeUrl } from '@/lib/safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org'],
    ['mailto:a@b.example', 'mailto:a@b.example'],
    ['javascript:alert(1)', ''],
    [' java\tscript:alert(1)', ''],
    ['data:text/html,<b>x</b>', ''],
    ['vbscript:msgbox', ''],
    ['/relative/path', ''],
    ['ftp://example.org', ''],
  ])('safeUrl(%j) is %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

import { resources } from '@/lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it.each([
    'common',
    'networks',
    'municipalities',
    'profile',
    'members',
    'rooms',
    'overview',
    'sessions',
    'events',
  ] as const)('English has every German key of %s and no more', (ns) => {
    expect(keys(resources.en[ns]).sort()).toEqual(keys(resources.de[ns]).sort());
  });
});

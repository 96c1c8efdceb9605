import { resources } from '@/lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  // every namespace, so a new feature's file cannot miss a key
  it.each(Object.keys(resources.de) as (keyof typeof resources.de)[])(
    'English has every German key of %s and no more',
    (ns) => {
      expect(keys(resources.en[ns]).sort()).toEqual(keys(resources.de[ns]).sort());
    },
  );
});

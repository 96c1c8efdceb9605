import { resources } from '@/lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('event-management translations', () => {
  it('English has every German key and no more', () => {
    expect(keys(resources.en['event-management']).sort()).toEqual(
      keys(resources.de['event-management']).sort(),
    );
  });
});

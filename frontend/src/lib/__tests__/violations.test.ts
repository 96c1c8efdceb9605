import { ApiError } from '@/lib/api-client';
import { sortViolations } from '@/lib/violations';

function problem(status: number, violations?: { field?: string; message?: string }[]) {
  return new ApiError(status, { type: 'about:blank', title: 't', status, violations });
}

describe('sortViolations', () => {
  it('gives each form field its first message and keeps the rest for the summary', () => {
    const sorted = sortViolations(
      problem(400, [
        { field: 'title', message: 'Pflichtfeld' },
        { field: 'title', message: 'zu lang' },
        { field: 'status', message: 'unbekannt' },
        { message: 'ohne Feld' },
      ]),
      (path) => (path === 'title' ? 'title' : undefined),
    );
    expect(sorted).toEqual({ fields: { title: 'Pflichtfeld' }, other: ['unbekannt', 'ohne Feld'] });
  });

  it('is null for anything but a 400 with violations', () => {
    const any = () => undefined;
    expect(sortViolations(problem(409), any)).toBeNull();
    expect(sortViolations(problem(400, []), any)).toBeNull();
    expect(sortViolations(new Error('netzwerk'), any)).toBeNull();
  });
});

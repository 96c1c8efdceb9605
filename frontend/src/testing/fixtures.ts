import type { components } from '@/api/schema.gen';

type Network = components['schemas']['Network'];
type NetworkPage = components['schemas']['NetworkPage'];

export const seedNetwork: Network = {
  id: '0b6f2a52-4a4c-4d0e-9a57-3f2a8d5e7c11',
  name: 'Netzwerk Klimaschutzmanagement NRW',
  description:
    'Austausch der kommunalen Klimaschutzmanagerinnen und -manager in Nordrhein-Westfalen: alle zwei Wochen im Online-Raum, regelmäßig auch vor Ort.',
  region: 'Nordrhein-Westfalen',
  organizer: { name: 'Kommunal Agentur NRW', contactEmail: 'klimaschutz@kommunalagentur.example' },
  eligibility:
    'Klimaschutzmanagerinnen und -manager nordrhein-westfälischer Kommunen, die über die Kommunalrichtlinie gefördert werden.',
  // 13:05 UTC is 14:05 in Berlin (CET), 12:30 UTC in July is 14:30 (CEST)
  createdAt: '2026-01-15T13:05:00Z',
  updatedAt: '2026-07-01T12:30:00+00:00',
};

export function makeNetwork(index: number): Network {
  return {
    ...seedNetwork,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: `Netzwerk ${index}`,
    region: `Region ${index}`,
  };
}

export function pageOf(
  items: Network[],
  page = 0,
  size = 20,
  totalItems = items.length,
): NetworkPage {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

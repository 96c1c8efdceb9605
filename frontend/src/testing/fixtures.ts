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

type Municipality = components['schemas']['Municipality'];
type MunicipalityPage = components['schemas']['MunicipalityPage'];
type Profile = components['schemas']['Profile'];

export const kreisUnna: Municipality = {
  id: '9a3a2c4e-1f0b-4c5d-8e7f-6a5b4c3d2e1f',
  name: 'Kreis Unna',
  kind: 'KREIS',
  officialKey: '05978',
  federalState: 'NW',
  createdAt: '2019-03-01T09:00:00Z',
  updatedAt: '2019-03-01T09:00:00Z',
};

export const unna: Municipality = {
  id: '3b0f6f07-3c4e-4b8e-9d8f-0c1c4b5a6d7e',
  name: 'Unna',
  kind: 'STADT',
  officialKey: '05978036',
  federalState: 'NW',
  parent: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
  createdAt: '2019-03-01T09:00:00Z',
  updatedAt: '2019-03-01T09:00:00Z',
};

export const dortmund: Municipality = {
  id: '5c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f',
  name: 'Dortmund',
  kind: 'KREISFREIE_STADT',
  officialKey: '05913000',
  federalState: 'NW',
  createdAt: '2019-03-01T09:00:00Z',
  updatedAt: '2019-03-01T09:00:00Z',
};

export const seedMunicipalities: Municipality[] = [dortmund, kreisUnna, unna];

export function municipalityPageOf(
  items: Municipality[],
  page = 0,
  size = 20,
  totalItems = items.length,
): MunicipalityPage {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

/** The API's search: digits search official keys by prefix, anything else names by prefix. */
export function searchSeedMunicipalities(q: string, kind?: string | null): Municipality[] {
  const term = q.trim().toLowerCase();
  return seedMunicipalities
    .filter((m) =>
      term === ''
        ? true
        : /^\d+$/.test(term)
          ? m.officialKey.startsWith(term)
          : m.name.toLowerCase().startsWith(term),
    )
    .filter((m) => !kind || m.kind === kind)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export const seedProfile: Profile = {
  id: '6f2d1c3b-8a9e-4f10-b2c3-d4e5f6a7b8c9',
  displayName: 'Mara Mitglied',
  email: 'demo-member@klimanetz.example',
  emailVerified: true,
  jobTitle: null,
  municipality: null,
  inOfficeSince: null,
  phone: null,
  topics: ['Wärmeplanung'],
  bio: null,
  showEmail: false,
  showPhone: false,
  language: 'de',
  createdAt: '2026-09-01T08:00:00Z',
  updatedAt: '2026-11-20T14:30:00Z',
};

type DirectoryEntry = components['schemas']['DirectoryEntry'];
type DirectoryPage = components['schemas']['DirectoryPage'];
type MyMembership = components['schemas']['MyMembership'];
type NetworkStats = components['schemas']['NetworkStats'];
type ParticipantProfile = components['schemas']['ParticipantProfile'];

export const gesa: DirectoryEntry = {
  participantId: '1a2b3c4d-0000-4000-8000-000000000001',
  displayName: 'Gesa Gastgeberin',
  jobTitle: 'Klimaschutzmanagerin',
  municipality: {
    id: kreisUnna.id,
    name: kreisUnna.name,
    officialKey: kreisUnna.officialKey,
    kind: 'KREIS',
    conceptStatus: 'IN_IMPLEMENTATION',
  },
  inOfficeSince: '2019-09-01',
  newInOffice: false,
  topics: ['Mobilität', 'Carsharing'],
  role: 'MEMBER',
  memberSince: '2019-09-01',
  membershipEtag: '"0"',
  email: 'demo-host@klimanetz.example',
};

export const mara: DirectoryEntry = {
  participantId: seedProfile.id,
  displayName: 'Mara Mitglied',
  jobTitle: null,
  municipality: {
    id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
    name: 'Schwerte',
    officialKey: '05978032',
    kind: 'STADT',
    conceptStatus: 'IN_PREPARATION',
  },
  inOfficeSince: '2026-10-14',
  newInOffice: true,
  topics: ['Wärmeplanung'],
  role: 'MEMBER',
  memberSince: '2026-10-14',
  membershipEtag: '"0"',
};

export const kofi: DirectoryEntry = {
  participantId: '1a2b3c4d-0000-4000-8000-000000000003',
  displayName: 'Konrad Koordinator',
  jobTitle: 'Netzwerkkoordination',
  municipality: null,
  inOfficeSince: null,
  newInOffice: false,
  topics: [],
  role: 'COORDINATOR',
  memberSince: '2026-01-15',
  membershipEtag: '"0"',
};

export const seedDirectory: DirectoryEntry[] = [gesa, kofi, mara];

export function directoryPageOf(
  items: DirectoryEntry[],
  page = 0,
  size = 20,
  totalItems = items.length,
): DirectoryPage {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

/** The API's directory search: part of a name, municipality or topic, ignoring case. */
export function searchSeedDirectory(params: URLSearchParams): DirectoryEntry[] {
  const term = (params.get('q') ?? '').trim().toLowerCase();
  const kind = params.get('municipalityKind');
  const status = params.get('conceptStatus');
  const onlyNew = params.get('newInOffice') === 'true';
  return seedDirectory
    .filter(
      (e) =>
        term === '' ||
        e.displayName.toLowerCase().includes(term) ||
        (e.municipality?.name.toLowerCase().includes(term) ?? false) ||
        e.topics.some((topic) => topic.toLowerCase().includes(term)),
    )
    .filter((e) => !kind || e.municipality?.kind === kind)
    .filter((e) => !status || e.municipality?.conceptStatus === status)
    .filter((e) => !onlyNew || e.newInOffice);
}

export function myMembership(role: MyMembership['role'], networkId = seedNetwork.id): MyMembership {
  return {
    networkId,
    networkName: seedNetwork.name,
    role,
    state: 'ACTIVE',
    since: '2026-10-14',
  };
}

export const seedStats: NetworkStats = {
  members: 3,
  newInOffice: 1,
  membersByMunicipalityKind: [
    { key: 'GEMEINDE', count: 0 },
    { key: 'STADT', count: 1 },
    { key: 'KREISFREIE_STADT', count: 0 },
    { key: 'KREIS', count: 1 },
    { key: 'NONE', count: 1 },
  ],
  municipalitiesByConceptStatus: [
    { key: 'NOT_STARTED', count: 0 },
    { key: 'IN_PREPARATION', count: 1 },
    { key: 'ADOPTED', count: 0 },
    { key: 'IN_IMPLEMENTATION', count: 1 },
  ],
  newcomers: [
    {
      participantId: mara.participantId,
      displayName: 'Mara Mitglied',
      municipalityName: 'Schwerte',
      inOfficeSince: '2026-10-14',
    },
  ],
};

export const gesaProfile: ParticipantProfile = {
  id: gesa.participantId,
  displayName: 'Gesa Gastgeberin',
  jobTitle: 'Klimaschutzmanagerin',
  municipality: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
  inOfficeSince: '2019-09-01',
  topics: ['Mobilität', 'Klimaschutzkonzept', 'Carsharing'],
  bio: 'Klimaschutzmanagerin des Kreises Unna.',
  email: 'demo-host@klimanetz.example',
  phone: '02303 27-0',
};

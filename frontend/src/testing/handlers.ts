import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import {
  municipalityPageOf,
  pageOf,
  searchSeedMunicipalities,
  seedMunicipalities,
  seedNetwork,
  seedProfile,
} from '@/testing/fixtures';

export const API = '*/api/v1';

export function problem(status: number, title: string, detail?: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail, instance: '/api/v1/test' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function validationProblem(violations: { field: string; message: string }[]) {
  return HttpResponse.json(
    {
      type: 'https://klimanetz.de/problems/validation',
      title: 'Ungültige Eingabe',
      status: 400,
      detail: 'Die Anfrage enthält ungültige Angaben. Bitte prüfen Sie die aufgeführten Felder.',
      instance: '/api/v1/me',
      violations,
    },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

type Profile = components['schemas']['Profile'];
type ProfileInput = components['schemas']['ProfileInput'];

/**
 * An in-memory `/me` with versions: GET returns the current profile and its ETag, PUT needs the
 * current ETag in If-Match (428 without, 412 when stale) and stores what it got.
 */
export function profileStore(initial: Profile = seedProfile) {
  let profile = structuredClone(initial);
  let version = 0;
  const puts: { ifMatch: string | null; body: ProfileInput }[] = [];
  const etag = () => `"${version}"`;
  return {
    get profile() {
      return profile;
    },
    puts,
    /** Simulates a change made elsewhere (another tab), which makes the form's ETag stale. */
    changeElsewhere(change: Partial<Profile>) {
      profile = { ...profile, ...change };
      version += 1;
    },
    handlers: [
      http.get(`${API}/me`, () => HttpResponse.json(profile, { headers: { ETag: etag() } })),
      http.put(`${API}/me`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as ProfileInput;
        puts.push({ ifMatch, body });
        if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
        if (ifMatch !== etag()) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Das Profil wurde geändert.');
        }
        const municipality = seedMunicipalities.find((m) => m.id === body.municipalityId) ?? null;
        profile = {
          ...profile,
          displayName: body.displayName,
          jobTitle: body.jobTitle ?? null,
          municipality: municipality
            ? {
                id: municipality.id,
                name: municipality.name,
                officialKey: municipality.officialKey,
              }
            : null,
          inOfficeSince: body.inOfficeSince ?? null,
          phone: body.phone ?? null,
          topics: body.topics ?? [],
          bio: body.bio ?? null,
          showEmail: body.showEmail ?? false,
          showPhone: body.showPhone ?? false,
        };
        version += 1;
        return HttpResponse.json(profile, { headers: { ETag: etag() } });
      }),
    ],
  };
}

/** The happy path: one network, found by its id; everything else is a 404 problem. */
export const handlers = [
  http.get(`${API}/networks`, () => HttpResponse.json(pageOf([seedNetwork]))),
  http.get(`${API}/networks/:id`, ({ params }) =>
    params.id === seedNetwork.id
      ? HttpResponse.json(seedNetwork, { headers: { ETag: '"1"' } })
      : problem(404, 'Not Found', `Es gibt kein Netzwerk mit der Kennung ${String(params.id)}.`),
  ),
  http.get(`${API}/municipalities`, ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '20');
    const found = searchSeedMunicipalities(
      url.searchParams.get('q') ?? '',
      url.searchParams.get('kind'),
    );
    return HttpResponse.json(
      municipalityPageOf(found.slice(page * size, (page + 1) * size), page, size, found.length),
    );
  }),
  http.get(`${API}/municipalities/:id`, ({ params }) => {
    const found = seedMunicipalities.find((m) => m.id === params.id);
    return found
      ? HttpResponse.json(found, { headers: { ETag: '"0"' } })
      : problem(
          404,
          'Nicht gefunden',
          `Es gibt keine Kommune mit der Kennung ${String(params.id)}.`,
        );
  }),
  ...profileStore().handlers,
];

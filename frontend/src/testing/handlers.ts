import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import {
  directoryPageOf,
  gesaProfile,
  myMembership,
  searchSeedDirectory,
  seedStats,
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
          // absent or null: the current choice stays
          language: body.language ?? profile.language,
        };
        version += 1;
        return HttpResponse.json(profile, { headers: { ETag: etag() } });
      }),
    ],
  };
}

type NotificationSettings = components['schemas']['NotificationSettings'];

export const defaultNotificationSettings: NotificationSettings = {
  roomCalendar: true,
  minutes: true,
  eventReminders: true,
  sessionReminders: false,
  networkMessages: true,
};

/**
 * An in-memory `/me/notification-settings` with versions, like `/me`: PUT needs the current ETag
 * (428 without, 412 when stale); `changeElsewhere` is another tab or an unsubscribe link.
 */
export function notificationSettingsStore(initial = defaultNotificationSettings) {
  let settings = structuredClone(initial);
  let version = 0;
  const puts: { ifMatch: string | null; body: NotificationSettings }[] = [];
  const etag = () => `"${version}"`;
  return {
    puts,
    get settings() {
      return settings;
    },
    changeElsewhere(change: Partial<NotificationSettings>) {
      settings = { ...settings, ...change };
      version += 1;
    },
    handlers: [
      http.get(`${API}/me/notification-settings`, () =>
        HttpResponse.json(settings, { headers: { ETag: etag() } }),
      ),
      http.put(`${API}/me/notification-settings`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as NotificationSettings;
        puts.push({ ifMatch, body });
        if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
        if (ifMatch !== etag()) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Einstellungen wurden geändert.');
        }
        settings = body;
        version += 1;
        return HttpResponse.json(settings, { headers: { ETag: etag() } });
      }),
    ],
  };
}

type MyMembership = components['schemas']['MyMembership'];
type Membership = components['schemas']['Membership'];
type AddMemberInput = components['schemas']['AddMemberInput'];
type ChangeRoleInput = components['schemas']['ChangeRoleInput'];
type ClimateConcept = components['schemas']['ClimateConcept'];
type ClimateConceptInput = components['schemas']['ClimateConceptInput'];
type ClimateConceptChange = components['schemas']['ClimateConceptChange'];

/** `/me/memberships` answering the given memberships (none: an outsider). */
export function membershipsHandler(items: MyMembership[]) {
  return http.get(`${API}/me/memberships`, () =>
    HttpResponse.json({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 }),
  );
}

export const openInvitation = (email: string, index = 1): Membership => ({
  id: `3b2c4d5e-6f70-4a81-9b2c-${String(index).padStart(12, '0')}`,
  networkId: seedNetwork.id,
  invitedEmail: email,
  role: 'MEMBER',
  state: 'PENDING',
  since: '2026-11-20',
});

/**
 * The coordinator's writes: records what was sent; `addAs` decides what POST answers. Open
 * invitations live in memory: a POST that invites adds one, withdrawing removes it.
 */
export function membersStore(
  addAs: 'PENDING' | 'ACTIVE' | 'CONFLICT' = 'PENDING',
  initialInvitations: Membership[] = [],
) {
  const posts: AddMemberInput[] = [];
  const puts: { participantId: string; ifMatch: string | null; body: ChangeRoleInput }[] = [];
  const deletes: string[] = [];
  const withdrawals: string[] = [];
  let invitations = structuredClone(initialInvitations);
  return {
    posts,
    puts,
    deletes,
    withdrawals,
    get invitations() {
      return invitations;
    },
    handlers: [
      http.get(`${API}/networks/:id/invitations`, ({ request }) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        return HttpResponse.json({
          items: invitations.slice(page * size, (page + 1) * size),
          page,
          size,
          totalItems: invitations.length,
          totalPages: Math.ceil(invitations.length / size),
        });
      }),
      http.delete(`${API}/networks/:id/invitations/:invitationId`, ({ params }) => {
        const invitationId = String(params.invitationId);
        withdrawals.push(invitationId);
        if (!invitations.some((i) => i.id === invitationId)) {
          return problem(404, 'Nicht gefunden', 'Diese Einladung ist nicht mehr offen.');
        }
        invitations = invitations.filter((i) => i.id !== invitationId);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(`${API}/networks/:id/members`, async ({ request, params }) => {
        const body = (await request.json()) as AddMemberInput;
        posts.push(body);
        if (addAs === 'CONFLICT') {
          return problem(409, 'Konflikt', 'Diese Person ist bereits Mitglied oder eingeladen.');
        }
        const membership: Membership = {
          id: '2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          networkId: String(params.id),
          role: body.role ?? 'MEMBER',
          state: addAs,
          since: '2026-11-25',
          ...(addAs === 'PENDING'
            ? { invitedEmail: body.email ?? '' }
            : { participantId: gesaProfile.id, displayName: gesaProfile.displayName }),
        };
        if (membership.state === 'PENDING') invitations = [membership, ...invitations];
        return HttpResponse.json(membership, { status: 201, headers: { ETag: '"0"' } });
      }),
      http.put(`${API}/networks/:id/members/:participantId`, async ({ request, params }) => {
        const body = (await request.json()) as ChangeRoleInput;
        const ifMatch = request.headers.get('If-Match');
        puts.push({ participantId: String(params.participantId), ifMatch, body });
        if (ifMatch === '"stale"') {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Mitgliedschaft wurde geändert.');
        }
        const membership: Membership = {
          id: '2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e',
          networkId: String(params.id),
          participantId: String(params.participantId),
          role: body.role,
          state: 'ACTIVE',
          since: '2026-01-15',
        };
        return HttpResponse.json(membership, { headers: { ETag: `"${puts.length}"` } });
      }),
      http.delete(`${API}/networks/:id/members/:participantId`, ({ params }) => {
        deletes.push(String(params.participantId));
        return new HttpResponse(null, { status: 204 });
      }),
    ],
  };
}

export const neverRecordedConcept = (municipalityId: string): ClimateConcept => ({
  municipalityId,
  status: 'NOT_STARTED',
  fundingProgramme: null,
  fundingReference: null,
  adoptedOn: null,
  note: null,
  updatedAt: null,
  updatedBy: null,
});

/**
 * An in-memory climate concept with versions and history, like `/me`: PUT needs the current
 * ETag (428 without, 412 when stale); `forbidden` makes every PUT a 403.
 */
export function conceptStore(municipalityId: string, options: { forbidden?: boolean } = {}) {
  let concept = neverRecordedConcept(municipalityId);
  let version = 0;
  const history: ClimateConceptChange[] = [];
  const puts: { ifMatch: string | null; body: ClimateConceptInput }[] = [];
  const etag = () => `"${version}"`;
  return {
    puts,
    get concept() {
      return concept;
    },
    handlers: [
      http.get(`${API}/municipalities/:id/climate-concept`, () =>
        HttpResponse.json(concept, { headers: { ETag: etag() } }),
      ),
      http.get(`${API}/municipalities/:id/climate-concept/history`, () =>
        HttpResponse.json({
          items: history,
          page: 0,
          size: 20,
          totalItems: history.length,
          totalPages: history.length > 0 ? 1 : 0,
        }),
      ),
      http.put(`${API}/municipalities/:id/climate-concept`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as ClimateConceptInput;
        puts.push({ ifMatch, body });
        if (options.forbidden) {
          return problem(403, 'Verboten', 'Sie dürfen diesen Stand nicht ändern.');
        }
        if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
        if (ifMatch !== etag()) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Der Stand wurde geändert.');
        }
        const next: ClimateConcept = {
          municipalityId,
          status: body.status,
          fundingProgramme: body.fundingProgramme ?? null,
          fundingReference: body.fundingReference ?? null,
          adoptedOn: body.adoptedOn ?? null,
          note: body.note ?? null,
          updatedAt: '2026-11-25T09:15:00Z',
          updatedBy: { id: seedProfile.id, displayName: seedProfile.displayName },
        };
        const fields = [
          'status',
          'fundingProgramme',
          'fundingReference',
          'adoptedOn',
          'note',
        ] as const;
        const changes = fields
          .filter((field) => concept[field] !== next[field])
          .map((field) => ({ field, from: concept[field], to: next[field] }));
        if (changes.length > 0) {
          history.unshift({
            id: `00000000-0000-4000-8000-${String(history.length + 1).padStart(12, '0')}`,
            changedAt: next.updatedAt!,
            changedBy: next.updatedBy,
            changes,
          });
          concept = next;
          version += 1;
        }
        return HttpResponse.json(concept, { headers: { ETag: etag() } });
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
  ...notificationSettingsStore().handlers,
  membershipsHandler([myMembership('MEMBER')]),
  http.get(`${API}/networks/:id/members`, ({ request, params }) => {
    if (params.id !== seedNetwork.id) return problem(404, 'Nicht gefunden', 'Kein Netzwerk.');
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '20');
    const found = searchSeedDirectory(url.searchParams);
    return HttpResponse.json(
      directoryPageOf(found.slice(page * size, (page + 1) * size), page, size, found.length),
    );
  }),
  http.get(`${API}/networks/:id/invitations`, () =>
    HttpResponse.json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
  ),
  http.get(`${API}/networks/:id/stats`, ({ params }) =>
    params.id === seedNetwork.id
      ? HttpResponse.json(seedStats)
      : problem(404, 'Nicht gefunden', 'Kein Netzwerk.'),
  ),
  http.get(`${API}/participants/:id`, ({ params }) =>
    params.id === gesaProfile.id
      ? HttpResponse.json(gesaProfile)
      : problem(
          404,
          'Nicht gefunden',
          `Es gibt keine Person mit der Kennung ${String(params.id)}.`,
        ),
  ),
  http.get(`${API}/municipalities/:id/climate-concept`, ({ params }) =>
    HttpResponse.json(neverRecordedConcept(String(params.id)), { headers: { ETag: '"0"' } }),
  ),
  http.get(`${API}/municipalities/:id/climate-concept/history`, () =>
    HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
  ),
  // online rooms: none unless a test adds them (src/testing/rooms-fixtures.ts)
  http.get(`${API}/networks/:id/online-rooms`, () =>
    HttpResponse.json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
  ),
  http.get(`${API}/me/upcoming`, () => HttpResponse.json({ items: [] })),
  // messages to the network: none unless a test adds them (src/testing/message-fixtures.ts)
  http.get(`${API}/networks/:id/messages`, () =>
    HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
  ),
  // on-site events: none unless a test adds them (src/testing/event-fixtures.ts)
  http.get(`${API}/networks/:id/events`, () =>
    HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
  ),
];

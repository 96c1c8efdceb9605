import {
  controlOf,
  newAgendaItem,
  pathOfViolation,
  toInput,
  toValues,
  validate,
  type EventValues,
} from '@/features/event-management/components/event-form-values';
import { AGENDA_IDS, managedEvent } from '@/testing/event-management-fixtures';

function valuesOf(change: Partial<EventValues> = {}): EventValues {
  return { ...toValues(managedEvent), ...change };
}

describe('event form values', () => {
  it('reads the event in Berlin time and writes it back unchanged, ids and order kept', () => {
    const values = toValues(managedEvent);
    expect(values).toMatchObject({
      startDate: '2030-03-18',
      startTime: '10:00',
      endDate: '2030-03-18',
      endTime: '16:00',
      capacity: '30',
      hostParticipantId: managedEvent.host.participant!.id,
    });
    expect(values.agenda.map((item) => [item.id, item.startTime, item.endTime])).toEqual([
      [AGENDA_IDS.welcome, '10:00', '10:30'],
      [AGENDA_IDS.exchange, '10:30', '12:30'],
      [AGENDA_IDS.lunch, '12:30', '13:30'],
      [AGENDA_IDS.excursion, '13:30', '16:00'],
    ]);
    expect(values.agenda[3]!.signUps).toBe(12);

    const input = toInput(values, 'PUBLISHED');
    expect(input.startsAt).toBe('2030-03-18T10:00:00+01:00');
    expect(input.agenda!.map((item) => item.id)).toEqual([
      AGENDA_IDS.welcome,
      AGENDA_IDS.exchange,
      AGENDA_IDS.lunch,
      AGENDA_IDS.excursion,
    ]);
    expect(Date.parse(input.agenda![3]!.startsAt)).toBe(
      Date.parse(managedEvent.agenda[3]!.startsAt),
    );
    expect(input.agenda![3]).toMatchObject({ signUpRequired: true, capacity: 15 });
    // a capacity without own sign-up is not sent
    const noSignUp = valuesOf();
    noSignUp.agenda = noSignUp.agenda.map((item) => ({ ...item, signUpRequired: false }));
    expect(toInput(noSignUp, 'DRAFT').agenda![3]!.capacity).toBeNull();
  });

  it('sends empty optional fields as null and drops empty material rows', () => {
    const input = toInput(
      valuesOf({
        description: '  ',
        capacity: '',
        materials: [
          { key: 'a', title: '', url: '' },
          { key: 'b', title: ' Folien ', url: ' https://example.org/f.pdf ' },
        ],
        opensDate: '2030-02-01',
        opensTime: '09:00',
      }),
      'DRAFT',
    );
    expect(input.description).toBeNull();
    expect(input.capacity).toBeNull();
    expect(input.registrationOpensAt).toBe('2030-02-01T09:00:00+01:00');
    expect(input.registrationClosesAt).toBeNull();
    expect(input.materials).toEqual([{ title: 'Folien', url: 'https://example.org/f.pdf' }]);
  });

  it('gives items of a multi-day event their own day', () => {
    const values = valuesOf({ endDate: '2030-03-19' });
    values.agenda[3] = {
      ...values.agenda[3]!,
      date: '2030-03-19',
      startTime: '09:00',
      endTime: '11:00',
    };
    const input = toInput(values, 'DRAFT');
    expect(input.agenda![3]!.startsAt).toBe('2030-03-19T09:00:00+01:00');
    // one-day events put every item on the event's day, whatever the item's date says
    const oneDay = valuesOf();
    oneDay.agenda[0] = { ...oneDay.agenda[0]!, date: '2030-01-01' };
    expect(toInput(oneDay, 'DRAFT').agenda![0]!.startsAt).toBe('2030-03-18T10:00:00+01:00');
  });

  it('starts a new item where the last one ends', () => {
    const item = newAgendaItem(valuesOf());
    expect(item).toMatchObject({ startTime: '16:00', endTime: '17:00', kind: 'TALK' });
    expect(item.id).toBeUndefined();
  });

  it('checks what the API checks', () => {
    expect(validate(valuesOf())).toEqual({});
    const errors = validate(
      valuesOf({
        endTime: '09:00',
        capacity: '0',
        closesDate: '2030-03-19',
        closesTime: '10:00',
        agenda: [
          { ...toValues(managedEvent).agenda[0]!, startTime: '08:00', title: ' ' },
          { ...toValues(managedEvent).agenda[3]!, capacity: '2,5' },
        ],
        materials: [{ key: 'm', title: 'Folien', url: 'javascript:alert(1)' }],
      }),
    );
    expect(errors).toEqual({
      endsAt: { key: 'errors.endBeforeStart' },
      capacity: { key: 'errors.capacity', values: { max: 10000 } },
      [`agenda.${AGENDA_IDS.welcome}.title`]: { key: 'errors.agendaTitleRequired' },
      [`agenda.${AGENDA_IDS.excursion}.capacity`]: {
        key: 'errors.capacity',
        values: { max: 10000 },
      },
      'materials.m.url': { key: 'errors.materialUrl' },
    });
    // with a valid end, the item outside the event and a closing after the end are found
    const later = validate(
      valuesOf({
        closesDate: '2030-03-19',
        closesTime: '10:00',
        agenda: [{ ...toValues(managedEvent).agenda[0]!, startTime: '08:00' }],
      }),
    );
    expect(later).toEqual({
      registrationClosesAt: { key: 'errors.closesAfterEvent' },
      [`agenda.${AGENDA_IDS.welcome}.startsAt`]: { key: 'errors.agendaOutsideEvent' },
    });
    expect(validate(valuesOf({ opensDate: '2030-02-01' }))).toEqual({
      registrationOpensAt: { key: 'errors.timeRequired' },
    });
  });

  it("maps the API's violation paths to the rows that were sent", () => {
    const values = valuesOf({
      materials: [
        { key: 'empty', title: '', url: '' },
        { key: 'slides', title: 'Folien', url: 'x' },
      ],
    });
    const sent = { agenda: values.agenda, materials: [values.materials[1]!] };
    expect(pathOfViolation('venue.postalCode', sent)).toBe('venue.postalCode');
    expect(pathOfViolation('venue', sent)).toBe('venue.name');
    expect(pathOfViolation('agenda[3].endsAt', sent)).toBe(`agenda.${AGENDA_IDS.excursion}.endsAt`);
    expect(pathOfViolation('agenda[1].id', sent)).toBe(`agenda.${AGENDA_IDS.exchange}.title`);
    expect(pathOfViolation('agenda[9].title', sent)).toBe('agenda');
    expect(pathOfViolation('materials[0].url', sent)).toBe('materials.slides.url');
    expect(pathOfViolation('registrationClosesAt', sent)).toBe('registrationClosesAt');
    expect(pathOfViolation('somethingElse', sent)).toBeUndefined();
    expect(pathOfViolation(undefined, sent)).toBeUndefined();

    expect(controlOf('startsAt')).toBe('event-startDate');
    expect(controlOf(`agenda.${AGENDA_IDS.lunch}.endsAt`)).toBe(
      `event-agenda-${AGENDA_IDS.lunch}-endTime`,
    );
    expect(controlOf('venue.city')).toBe('event-venue-city');
  });
});

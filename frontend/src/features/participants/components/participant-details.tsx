import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantProfile } from '@/features/participants/api/get-participant';
import { formatDate } from '@/lib/format';

type ParticipantDetailsProps = { participant: ParticipantProfile };

/** Everything below the page's h1 that the caller may see; hidden contact data is simply absent. */
export function ParticipantDetails({ participant }: ParticipantDetailsProps) {
  const { t, i18n } = useTranslation('members');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const item = (key: string, label: string, value: ReactNode) => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );

  return (
    <div className="kn-stack-lg">
      {participant.bio && <p className="kern-body kern-body--large kn-prose">{participant.bio}</p>}

      <section aria-labelledby="person-facts" className="kn-stack">
        <h2 id="person-facts" className="kern-heading-medium">
          {t('person.facts')}
        </h2>
        <dl className="kern-description-list">
          {item(
            'municipality',
            t('person.municipality'),
            participant.municipality ? (
              <Link to={`/kommunen/${participant.municipality.id}`} className="kern-link">
                {participant.municipality.name}
              </Link>
            ) : (
              t('person.notGiven')
            ),
          )}
          {item(
            'since',
            t('person.inOfficeSince'),
            participant.inOfficeSince ? (
              <time dateTime={participant.inOfficeSince}>
                {formatDate(participant.inOfficeSince, locale)}
              </time>
            ) : (
              t('person.notGiven')
            ),
          )}
          {item(
            'topics',
            t('person.topics'),
            participant.topics.length > 0 ? (
              <ul className="kn-tags" aria-label={t('person.topics')}>
                {participant.topics.map((topic) => (
                  <li key={topic} className="kn-tag kn-tag--plain">
                    {topic}
                  </li>
                ))}
              </ul>
            ) : (
              t('person.noTopics')
            ),
          )}
        </dl>
      </section>

      <section aria-labelledby="person-contact" className="kn-stack">
        <h2 id="person-contact" className="kern-heading-medium">
          {t('person.contact')}
        </h2>
        {participant.email || participant.phone ? (
          <dl className="kern-description-list">
            {participant.email &&
              item(
                'email',
                t('person.email'),
                <a className="kern-link" href={`mailto:${participant.email}`}>
                  {participant.email}
                </a>,
              )}
            {participant.phone &&
              item(
                'phone',
                t('person.phone'),
                <a className="kern-link" href={`tel:${participant.phone.replace(/[^\d+]/g, '')}`}>
                  {participant.phone}
                </a>,
              )}
          </dl>
        ) : (
          <p className="kern-body">{t('person.noContact')}</p>
        )}
      </section>
    </div>
  );
}

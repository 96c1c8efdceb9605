import { useTranslation } from 'react-i18next';
import { MarkdownView } from '@/components/ui/markdown-view';
import type { Event } from '@/api/events';
import { safeUrl } from '@/lib/safe-url';

/**
 * After the event: the published report (Markdown, rendered safely) and the materials, links
 * only to web addresses. Shown once the event is over, or earlier when there is something.
 */
export function EventReport({ event, now }: { event: Event; now: number }) {
  const { t } = useTranslation('events');
  const report = event.reportPublished && event.report?.trim() ? event.report : undefined;
  const over = now >= Date.parse(event.endsAt);
  if (!report && event.materials.length === 0 && (!over || event.status === 'CANCELLED')) {
    return null;
  }

  return (
    <>
      <section aria-labelledby="report-heading" className="kn-stack">
        <h2 id="report-heading" className="kern-heading-medium">
          {t('report.title')}
        </h2>
        {report ? (
          <article aria-labelledby="report-heading">
            <MarkdownView markdown={report} />
          </article>
        ) : (
          <p className="kern-body">{t('report.none')}</p>
        )}
      </section>
      <section aria-labelledby="materials-heading" className="kn-stack">
        <h2 id="materials-heading" className="kern-heading-medium">
          {t('report.materials')}
        </h2>
        {event.materials.length === 0 ? (
          <p className="kern-body">{t('report.noMaterials')}</p>
        ) : (
          <ul className="kern-list">
            {event.materials.map((material, index) => {
              const href = safeUrl(material.url);
              return (
                <li key={`${material.url}-${index}`}>
                  {href && !href.startsWith('mailto:') ? (
                    <a href={href} className="kern-link" rel="noopener noreferrer">
                      {material.title}
                    </a>
                  ) : (
                    material.title
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

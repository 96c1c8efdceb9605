import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';

type LegalPageProps = { kind: 'imprint' | 'privacy' };

/** Imprint and privacy policy: their wording comes from whoever operates the installation. */
export function LegalPageRoute({ kind }: LegalPageProps) {
  const { t } = useTranslation();
  const title = kind === 'imprint' ? t('legal.imprintTitle') : t('legal.privacyTitle');
  useDocumentTitle(title);
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body kn-prose">{t('legal.operatorSupplied')}</p>
      <p className="kern-body kn-prose">{t('legal.notYetSupplied')}</p>
    </div>
  );
}

export function ImprintRoute() {
  return <LegalPageRoute kind="imprint" />;
}

export function PrivacyRoute() {
  return <LegalPageRoute kind="privacy" />;
}

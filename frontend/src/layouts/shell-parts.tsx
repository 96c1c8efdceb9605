import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const MAIN_ID = 'main-content';

/**
 * The parts every frame of the app shares: the skip link, the product name and the footer with
 * the legal pages. `reloadDocument` makes their links load the page anew, for frames outside the
 * app's router (the pages without a login), so that the app signs in first.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="kn-skip-link kern-link" href={`#${MAIN_ID}`}>
      {t('skipLink')}
    </a>
  );
}

export function Brand({ reloadDocument = false }: { reloadDocument?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="kn-brand">
      <Link to="/" reloadDocument={reloadDocument} className="kern-link kn-brand__link">
        {t('appName')}
      </Link>
      <span className="kern-body kern-body--small kn-brand__tagline">{t('tagline')}</span>
    </p>
  );
}

export function LegalFooter({ reloadDocument = false }: { reloadDocument?: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="kn-footer">
      <nav className="kern-container" aria-label={t('footer.label')}>
        <ul className="kern-list kern-list--horizontal kn-footer__list">
          <li>
            <Link to="/impressum" reloadDocument={reloadDocument} className="kern-link">
              {t('footer.imprint')}
            </Link>
          </li>
          <li>
            <Link to="/datenschutz" reloadDocument={reloadDocument} className="kern-link">
              {t('footer.privacy')}
            </Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}

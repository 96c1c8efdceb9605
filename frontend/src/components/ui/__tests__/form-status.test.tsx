import { render as renderWithoutApp, screen } from '@testing-library/react';
import { createRef, type ReactElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FormStatus, type FormStatusEngine } from '@/components/ui/form-status';
import { ApiError } from '@/lib/api-client';
import { anonymousAuth, AuthContext } from '@/lib/auth';
import { initI18n } from '@/lib/i18n';

let i18n: Awaited<ReturnType<typeof initI18n>>;
beforeAll(async () => {
  i18n = await initI18n('de');
});

/** The alerts read texts and the session from the app's providers. */
function render(ui: ReactElement) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <AuthContext.Provider value={anonymousAuth}>{children}</AuthContext.Provider>
    </I18nextProvider>
  );
  return renderWithoutApp(ui, { wrapper });
}

const texts = {
  conflictTitle: 'Das Profil wurde inzwischen geändert',
  conflictText: 'Ihre Änderungen wurden deshalb nicht gespeichert.',
  conflictReload: 'Aktuelle Fassung laden',
  saveErrorTitle: 'Das Profil konnte nicht gespeichert werden',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
};
const calm: FormStatusEngine = { conflict: false, failure: null, summary: [], summaryFocus: 0 };

describe('FormStatus', () => {
  it('shows nothing but an empty live region while all is well', () => {
    render(<FormStatus engine={calm} texts={texts} onReload={() => {}} notice="" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('leaves the live region out when the form announces its outcome elsewhere', () => {
    render(<FormStatus engine={calm} texts={texts} onReload={() => {}} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says what went well, as an alert or as a sentence', () => {
    const { rerender } = render(
      <FormStatus engine={calm} texts={texts} onReload={() => {}} notice="Gespeichert." />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert.');
    expect(screen.getByRole('status').querySelector('.kern-alert--success')).not.toBeNull();
    rerender(
      <FormStatus
        engine={calm}
        texts={texts}
        onReload={() => {}}
        notice="Gespeichert."
        noticeStyle="text"
      />,
    );
    expect(screen.getByRole('status').querySelector('.kern-alert--success')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert.');
  });

  it('shows the conflict, the failure and the summary in that order', () => {
    const failureRef = createRef<HTMLDivElement>();
    render(
      <FormStatus
        engine={{
          conflict: true,
          failure: new ApiError(500, { title: 'Interner Fehler', status: 500 }),
          summary: [{ fieldId: 'profile-name', message: 'Bitte geben Sie Ihren Namen an.' }],
          summaryFocus: 1,
        }}
        texts={texts}
        onReload={() => {}}
        headingLevel={3}
        failureRef={failureRef}
      />,
    );
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings[0]).toBe(texts.conflictTitle);
    expect(
      screen.getByRole('heading', { level: 3, name: texts.conflictTitle }),
    ).toBeInTheDocument();
    expect(headings.indexOf(texts.saveErrorTitle)).toBeGreaterThan(0);
    expect(headings.indexOf(texts.summaryTitle)).toBeGreaterThan(
      headings.indexOf(texts.saveErrorTitle),
    );
    expect(failureRef.current).toHaveAttribute('tabindex', '-1');
    expect(failureRef.current).toHaveTextContent(texts.saveErrorTitle);
    expect(screen.getByRole('link', { name: 'Bitte geben Sie Ihren Namen an.' })).toHaveAttribute(
      'href',
      '#profile-name',
    );
  });
});

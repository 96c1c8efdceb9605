import { render, screen } from '@testing-library/react';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

describe('FormField', () => {
  it('labels the control and links its hint and error', () => {
    render(
      <FormField
        id="title"
        label="Titel"
        hint="Wie es im Kalender steht"
        error="Bitte angeben"
        optionalText="(optional)"
      >
        <input
          id="title"
          className={inputClass('Bitte angeben')}
          aria-describedby={describedBy('title', true, true)}
        />
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: /^Titel\s*\(optional\)$/ });
    expect(input).toHaveAccessibleDescription('Wie es im Kalender steht Bitte angeben');
    expect(input).toHaveClass('kern-form-input__input', 'kern-form-input__input--error');
  });

  it('leaves out what is not there', () => {
    render(
      <FormField id="name" label="Name">
        <input
          id="name"
          className={inputClass(undefined)}
          aria-describedby={describedBy('name', false, false)}
        />
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveAttribute('class', 'kern-form-input__input');
    expect(describedBy('name', true, false, 'name-current')).toBe('name-hint name-current');
  });
});

package de.klimanetz.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * What a mail says, independent of its format: the layouts render it as plain text and as
 * accessible HTML (one heading, paragraphs, facts as a table with row headers, one action link).
 * Texts are plain; only {@code markdownHtml} is HTML, already rendered safely.
 */
public record MailContent(String subject, String heading, List<String> paragraphs, List<Fact> facts, Action action,
                          String markdownText, String markdownHtml, List<String> notes) {

    public record Fact(String label, String value) {
    }

    public record Action(String label, String url) {
    }

    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    public static final class Builder {
        private final String subject;
        private String heading;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private Action action;
        private String markdownText;
        private String markdownHtml;
        private final List<String> notes = new ArrayList<>();

        private Builder(String subject) {
            this.subject = subject;
            this.heading = subject;
        }

        public Builder heading(String value) {
            heading = value;
            return this;
        }

        public Builder paragraph(String value) {
            if (value != null && !value.isBlank()) {
                paragraphs.add(value);
            }
            return this;
        }

        public Builder fact(String label, String value) {
            if (value != null && !value.isBlank()) {
                facts.add(new Fact(label, value));
            }
            return this;
        }

        public Builder action(String label, String url) {
            action = new Action(label, url);
            return this;
        }

        public Builder markdown(String text, String html) {
            markdownText = text;
            markdownHtml = html;
            return this;
        }

        public Builder note(String value) {
            if (value != null && !value.isBlank()) {
                notes.add(value);
            }
            return this;
        }

        public MailContent build() {
            return new MailContent(subject, heading, List.copyOf(paragraphs), List.copyOf(facts), action, markdownText,
                    markdownHtml, List.copyOf(notes));
        }
    }
}

package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * An RFC 5545 RRULE restricted to what the room form can express: FREQ (WEEKLY, MONTHLY),
 * INTERVAL, BYDAY, BYSETPOS, COUNT and UNTIL (a date). Sessions are whole days of the rule, so the
 * rule is expanded over dates and the local start time is added afterwards: 10:00 stays 10:00
 * across daylight-saving changes. Expansion itself is ical4j's.
 */
public final class RecurrenceRule {

    private static final List<String> SUPPORTED = List.of("FREQ", "INTERVAL", "BYDAY", "BYSETPOS", "COUNT", "UNTIL");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");
    private static final Pattern WEEKDAY = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern ORDINAL_WEEKDAY = Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern SET_POSITION = Pattern.compile("-1|[1-5]");
    private static final Pattern DATE = Pattern.compile("\\d{8}");

    private final String text;
    private final Recur<LocalDate> recur;

    private RecurrenceRule(String text, Recur<LocalDate> recur) {
        this.text = text;
        this.recur = recur;
    }

    /** Why a rule was refused: a message key of {@code problems*.properties} with its arguments. */
    public static final class Invalid extends Exception {
        public final String messageKey;
        public final transient Object[] args;

        Invalid(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    public static RecurrenceRule parse(String input) throws Invalid {
        if (input == null || input.isBlank()) {
            throw new Invalid("violation.rrule-syntax");
        }
        String body = input.trim().toUpperCase(Locale.ROOT);
        if (body.startsWith("RRULE:")) {
            body = body.substring("RRULE:".length());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new Invalid("violation.rrule-syntax");
            }
            String name = part.substring(0, eq);
            if (!SUPPORTED.contains(name)) {
                throw new Invalid("violation.rrule-unsupported", name);
            }
            if (parts.put(name, part.substring(eq + 1)) != null) {
                throw new Invalid("violation.rrule-repeated", name);
            }
        }
        String freq = parts.get("FREQ");
        if (freq == null || !FREQUENCIES.contains(freq)) {
            throw new Invalid("violation.rrule-freq", freq == null ? "" : freq);
        }
        checkNumber(parts.get("INTERVAL"), 1, 12, "violation.rrule-interval");
        checkNumber(parts.get("COUNT"), 1, 500, "violation.rrule-count");
        checkUntil(parts.get("UNTIL"));
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw new Invalid("violation.rrule-count-and-until");
        }
        checkByDay(parts.get("BYDAY"), freq.equals("WEEKLY") ? WEEKDAY : ORDINAL_WEEKDAY);
        String setPositions = parts.get("BYSETPOS");
        if (setPositions != null) {
            if (!parts.containsKey("BYDAY") || !freq.equals("MONTHLY")) {
                throw new Invalid("violation.rrule-bysetpos");
            }
            for (String position : setPositions.split(",")) {
                if (!SET_POSITION.matcher(position).matches()) {
                    throw new Invalid("violation.rrule-bysetpos");
                }
            }
        }
        String normalized = String.join(";", SUPPORTED.stream()
                .filter(parts::containsKey).map(name -> name + "=" + parts.get(name)).toList());
        try {
            return new RecurrenceRule(normalized, new Recur<>(normalized));
        } catch (RuntimeException e) {
            throw new Invalid("violation.rrule-syntax");
        }
    }

    private static void checkNumber(String value, int min, int max, String key) throws Invalid {
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new Invalid(key);
            }
        } catch (NumberFormatException e) {
            throw new Invalid(key);
        }
    }

    private static void checkUntil(String value) throws Invalid {
        if (value == null) {
            return;
        }
        if (!DATE.matcher(value).matches()) {
            throw new Invalid("violation.rrule-until");
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new Invalid("violation.rrule-until");
        }
    }

    private static void checkByDay(String value, Pattern day) throws Invalid {
        if (value == null) {
            return;
        }
        for (String entry : value.split(",")) {
            if (!day.matcher(entry).matches()) {
                throw new Invalid("violation.rrule-byday", entry);
            }
        }
    }

    /** The rule as stored and published: upper case, parts in a fixed order. */
    public String text() {
        return text;
    }

    public Recur<LocalDate> recur() {
        return recur;
    }

    /** The rule's dates from {@code seed} on that fall between {@code from} and {@code to}, inclusive. */
    public List<LocalDate> dates(LocalDate seed, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return recur.getDates(seed, from, to.plusDays(1)).stream()
                .filter(date -> !date.isBefore(from) && !date.isAfter(to))
                .sorted()
                .distinct()
                .toList();
    }

    /**
     * Whether the rule ends by {@code limit} when it starts on {@code seed}: its UNTIL is not later,
     * or its COUNT is reached before. An open-ended rule passes: every window over it is bounded.
     */
    public boolean endsBy(LocalDate seed, LocalDate limit) {
        for (String part : text.split(";")) {
            if (part.startsWith("UNTIL=")) {
                return !LocalDate.parse(part.substring(6), DateTimeFormatter.BASIC_ISO_DATE).isAfter(limit);
            }
            if (part.startsWith("COUNT=")) {
                return dates(seed, seed, limit).size() >= Integer.parseInt(part.substring(6));
            }
        }
        return true;
    }

    /** Whether the seed itself is an occurrence: RFC 5545 always counts DTSTART, so we require it to fit. */
    public boolean matchesSeed(LocalDate seed) {
        return dates(seed, seed, seed).contains(seed);
    }
}

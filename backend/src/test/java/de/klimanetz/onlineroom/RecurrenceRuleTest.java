package de.klimanetz.onlineroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {

    @Test
    void everySecondTuesdayFromItsFirstSession() throws Exception {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
        LocalDate seed = LocalDate.of(2026, 1, 13);
        assertTrue(rule.matchesSeed(seed));
        assertEquals(List.of(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 7)),
                rule.dates(seed, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 7)));
        assertFalse(rule.matchesSeed(LocalDate.of(2026, 1, 14)));
    }

    @Test
    void countIsCountedFromTheSeed() throws Exception {
        RecurrenceRule rule = RecurrenceRule.parse("rrule:freq=weekly;count=3");
        LocalDate seed = LocalDate.of(2026, 11, 2);
        assertEquals("FREQ=WEEKLY;COUNT=3", rule.text());
        assertEquals(List.of(LocalDate.of(2026, 11, 16)), rule.dates(seed, LocalDate.of(2026, 11, 10), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void untilIsInclusive() throws Exception {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116");
        assertEquals(3, rule.dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).size());
    }

    @Test
    void monthlyOnTheLastFridayAndTheThirdThursday() throws Exception {
        RecurrenceRule last = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1");
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25)),
                last.dates(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        RecurrenceRule third = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=3TH");
        assertEquals(List.of(LocalDate.of(2026, 12, 17)),
                third.dates(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void refusesWhatTheFormCannotExpressNamingThePart() {
        assertEquals("BYMONTHDAY", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=1")).args[0]);
        assertEquals("DAILY", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=DAILY")).args[0]);
        assertEquals("violation.rrule-count-and-until", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=WEEKLY;COUNT=2;UNTIL=20270101")).messageKey);
        assertEquals("violation.rrule-until", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20270101T120000Z")).messageKey);
        assertEquals("violation.rrule-byday", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=2TU")).messageKey);
        assertEquals("violation.rrule-bysetpos", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=MONTHLY;BYSETPOS=2")).messageKey);
        assertEquals("violation.rrule-syntax", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ")).messageKey);
        assertEquals("violation.rrule-interval", assertThrows(RecurrenceRule.Invalid.class,
                () -> RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=0")).messageKey);
    }
}

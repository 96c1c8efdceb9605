package de.klimanetz.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoEventDayTest {

    @Test
    void aThursdayAboutFourWeeksAheadButNeverInTheChristmasBreak() {
        assertEquals(LocalDate.of(2027, 4, 1), DemoEvent.meetingDay(LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2027, 1, 14), DemoEvent.meetingDay(LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2027, 1, 14), DemoEvent.meetingDay(LocalDate.of(2026, 12, 10)));
    }
}

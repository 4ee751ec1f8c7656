package dev.dossier.scheduler;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The daylight-saving rule over every transition of 2025–2027 in two zones. */
class FireTimesTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 02:30", "America/New_York, 02:30", "Europe/Berlin, 07:00", "America/New_York, 01:30"})
    void aDailyScheduleRunsOncePerLocalDayAcrossThreeYears(String zoneId, String time) throws ParseException {
        ZoneId zone = ZoneId.of(zoneId);
        LocalTime at = LocalTime.parse(time);
        FireTimes times = new FireTimes("0 " + at.getMinute() + " " + at.getHour() + " * * ?", zone);

        List<Instant> fires = times.between(FROM, TO);
        Map<LocalDate, Long> perDay = fires.stream()
                .collect(Collectors.groupingBy(i -> i.atZone(zone).toLocalDate(), Collectors.counting()));

        long days = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2028, 1, 1)).count();
        assertThat(perDay).hasSize((int) days);
        assertThat(perDay.values()).containsOnly(1L);
        for (ZoneOffsetTransition t : transitions(zone)) {
            ZonedDateTime fire = fires.stream().map(i -> i.atZone(zone))
                    .filter(z -> z.toLocalDate().equals(t.getDateTimeBefore().toLocalDate())).findFirst().orElseThrow();
            if (t.isGap() && !at.isBefore(t.getDateTimeBefore().toLocalTime()) && at.isBefore(t.getDateTimeAfter().toLocalTime())) {
                // a wall-clock time that does not exist runs later by the gap's length
                assertThat(fire.toLocalTime()).isEqualTo(at.plus(t.getDuration()));
            } else {
                assertThat(fire.toLocalTime()).isEqualTo(at);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin", "America/New_York"})
    void aQuarterHourScheduleHasNoHoleOrDoubleAtAnyTransition(String zoneId) throws ParseException {
        ZoneId zone = ZoneId.of(zoneId);
        FireTimes times = new FireTimes("0 0/15 * * * ?", zone);
        for (ZoneOffsetTransition t : transitions(zone)) {
            Instant start = t.getInstant().minusSeconds(3 * 3600);
            List<Instant> fires = times.between(start, t.getInstant().plusSeconds(3 * 3600));
            for (int i = 1; i < fires.size(); i++) {
                assertThat(fires.get(i).getEpochSecond() - fires.get(i - 1).getEpochSecond())
                        .as("%s around %s: %s then %s", zoneId, t, fires.get(i - 1), fires.get(i)).isEqualTo(15 * 60);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin", "America/New_York"})
    void aWeeklyScheduleKeepsItsLocalTime(String zoneId) throws ParseException {
        ZoneId zone = ZoneId.of(zoneId);
        List<Instant> fires = new FireTimes("0 0 7 ? * MON", zone).between(FROM, TO);
        assertThat(fires).hasSize((int) LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY).count());
        assertThat(fires.stream().map(i -> i.atZone(zone).toLocalTime()).distinct()).containsExactly(LocalTime.of(7, 0));
    }

    private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        List<ZoneOffsetTransition> out = new java.util.ArrayList<>();
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(FROM); t.getInstant().isBefore(TO);
             t = zone.getRules().nextTransition(t.getInstant())) {
            out.add(t);
        }
        assertThat(out).hasSize(6);
        return out;
    }

}

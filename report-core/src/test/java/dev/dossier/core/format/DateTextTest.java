package dev.dossier.core.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "2022-10-07                        | Oct 7, 2022                       | 07.10.2022",
            "7 Oct 2022                        | Oct 7, 2022                       | 07.10.2022",
            "7 October 2022                    | Oct 7, 2022                       | 07.10.2022",
            "Jul 2024                          | Jul 2024                          | Juli 2024",
            "announced 6 Mar 2025              | announced Mar 6, 2025             | announced 06.03.2025",
            "issued 21 Aug 2025; published 26 Aug 2025 | issued Aug 21, 2025; published Aug 26, 2025 | issued 21.08.2025; published 26.08.2025",
            "by Jan 2025                       | by Jan 2025                       | by Jan. 2025",
            "licence from 9 Apr 2025 (indefinite from 14 Apr) | licence from Apr 9, 2025 (indefinite from 14 Apr) | licence from 09.04.2025 (indefinite from 14 Apr)",
            "14–15 Jul 2025                   | 14–15 Jul 2025                    | 14–15 Juli 2025",
            "since 2019                        | since 2019                        | since 2019",
            "Q1 2026                           | Q1 2026                           | Q1 2026",
            "31 Feb 2025                       | 31 Feb 2025                       | 31 Feb 2025",
            "Huawei Connect 2025               | Huawei Connect 2025               | Huawei Connect 2025",
            "they may 2025                     | they may 2025                     | they may 2025",
    })
    void datesWrittenInTextFollowTheLocaleAndNothingElseChanges(String text, String us, String de) {
        assertThat(new DateText(Locale.US).format(text.strip())).isEqualTo(us.strip());
        assertThat(new DateText(Locale.GERMANY).format(text.strip())).isEqualTo(de.strip());
    }
}

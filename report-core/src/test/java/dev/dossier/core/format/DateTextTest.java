package dev.dossier.core.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    /** English prose (language en-US) in the US and the German number locale. */
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "2022-10-07                        | Oct 7, 2022                       | 07.10.2022",
            "7 Oct 2022                        | Oct 7, 2022                       | 07.10.2022",
            "7 October 2022                    | Oct 7, 2022                       | 07.10.2022",
            "' 7 Oct 2022 '                    | Oct 7, 2022                       | 07.10.2022",
            "Jul 2024                          | Jul 2024                          | Jul 2024",
            "July 2024                         | Jul 2024                          | Jul 2024",
            "Sep 2025                          | Sep 2025                          | Sep 2025",
            "Dec 2023                          | Dec 2023                          | Dec 2023",
    })
    void aCellThatIsOneDateTakesTheLocalesShapeAndTheLanguagesMonthNames(String text, String us, String de) {
        assertThat(new DateText(Locale.US, Locale.US).format(text)).isEqualTo(us.strip());
        assertThat(new DateText(Locale.GERMANY, Locale.US).format(text)).isEqualTo(de.strip());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "announced 6 Mar 2025",
            "issued 21 Aug 2025; published 26 Aug 2025",
            "by Jan 2025",
            "unveiled Mar 2023; public launch end-Aug 2023",
            "Qwen-72B Dec 2023",
            "Yi-Large (May 2024)",
            "licence from 9 Apr 2025 (indefinite from 14 Apr)",
            "14–15 Jul 2025",
            "end-Jun 2023",
            "Jun / 2023",
            "since 2019",
            "Q1 2026",
            "31 Feb 2025",
            "Feb 30 2025",
            "Huawei Connect 2025",
            "they may 2025",
            "May 2024 and Jun 2024",
    })
    void textThatIsNotOneWholeDateIsLeftExactlyAsWritten(String text) {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE}) {
            for (Locale language : new Locale[] {Locale.US, Locale.GERMANY}) {
                assertThat(new DateText(locale, language).format(text)).isEqualTo(text);
            }
        }
    }

    @Test
    void aGermanDocumentNamesMonthsInGerman() {
        DateText german = new DateText(Locale.GERMANY, Locale.GERMANY);
        assertThat(german.format("Jul 2024")).isEqualTo("Juli 2024");
        assertThat(german.format("7 Oct 2022")).isEqualTo("07.10.2022");
    }

    @Test
    void aTextualLocaleShapeTakesItsMonthNamesFromTheLanguage() {
        // the US shape "MMM d, y", an English month in an English document and a German one in a German document
        assertThat(new DateText(Locale.US, Locale.US).format("7 Mar 2025")).isEqualTo("Mar 7, 2025");
        assertThat(new DateText(Locale.US, Locale.GERMANY).format("7 Mar 2025")).startsWith("März").endsWith("7, 2025");
        assertThat(new DateText(Locale.FRANCE, Locale.US).format("7 Mar 2025")).doesNotContain("mars");
    }
}

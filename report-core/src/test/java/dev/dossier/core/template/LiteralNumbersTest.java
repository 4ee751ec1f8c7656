package dev.dossier.core.template;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralNumbersTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "One forecast puts China's AI market at 5,600 billion yuan by 2030 | 5,600",
            "A 578.4 core-industry figure                                    | 578.4",
            "More than 700 companies, then 4,500.                            | 700;4,500",
            "Patent families, 2014–2023                                     | ''",
            "Huawei's roadmap runs to 2028                                   | ''",
            "Huawei's Ascend 910C against Nvidia's H100 and GPT-4           | ''",
            "Six of the top ten applicants; 45% of researchers; 14 nm        | ''",
            "Market at {{outlook/industry-size[measure=x,year=2030].cny_billion}} billion yuan | ''",
            "A count of 1899 and a year 2101                                 | 1899;2101",
    })
    void numbersThatAFigureReferenceCouldSupplyAreFound(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(LiteralNumbers.in(text.strip())).isEqualTo(want);
    }
}

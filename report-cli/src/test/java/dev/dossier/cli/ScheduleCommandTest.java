package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier schedule …} on the embedded store: bad input is refused with exit code 2 and the store is untouched. */
class ScheduleCommandTest {

    static final String TEMPLATE = "../examples/batch/company-profile.yaml";

    @TempDir
    Path dir;

    private CliRun add(String... extra) {
        String[] base = {"schedule", "add", "weekly", "--data-dir", dir.resolve("data").toString(), "--template", TEMPLATE,
                "--out", "reports/{yyyy-MM-dd}/{name}.pdf"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private CliRun list() {
        return CliRun.of("schedule", "list", "--data-dir", dir.resolve("data").toString());
    }

    @Test
    void aBadCronExpressionNamesThePositionAndTheExpectedShape() {
        CliRun run = add("--cron", "0 0 25 ? * MON", "--zone", "Asia/Shanghai");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-SCHEDULE-CRON").contains("position").contains("seconds first");
        assertThat(list().out()).doesNotContain("weekly");
    }

    @Test
    void anUnknownZoneGetsADidYouMean() {
        CliRun run = add("--cron", "0 0 7 ? * MON", "--zone", "Asia/Shangai");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-SCHEDULE-ZONE").contains("did you mean 'Asia/Shanghai'");
    }

    @Test
    void anOutputThatLeavesTheOutputRootIsRefused() {
        for (String out : new String[] {"../x/{name}.pdf", "/tmp/{name}.pdf"}) {
            CliRun run = CliRun.of("schedule", "add", "w", "--data-dir", dir.resolve("data").toString(), "--template", TEMPLATE,
                    "--cron", "0 0 7 ? * MON", "--out", out);
            assertThat(run.exit()).as(out).isEqualTo(2);
            assertThat(run.err()).contains("DOS-SCHEDULE-OUTPUT").contains("leaves the output root");
        }
    }

    @Test
    void anInvalidTemplateIsRefusedWithItsOwnError() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "title: x\nsections:\n  - title: s\n    blocks:\n      - table: { data: nosuch/thing }\n");
        CliRun run = CliRun.of("schedule", "add", "w", "--data-dir", dir.resolve("data").toString(), "--template", bad.toString(),
                "--cron", "0 0 7 ? * MON", "--out", "r/{name}.pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOS-TEMPLATE").contains("nosuch");
        assertThat(list().out()).doesNotContain("w ");
    }

    @Test
    void addListNextShowAndRemove() {
        CliRun added = add("--cron", "0 30 2 * * ?", "--zone", "Europe/Berlin");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("added weekly");
        assertThat(list().out()).contains("weekly").contains("Europe/Berlin");
        CliRun next = CliRun.of("schedule", "next", "weekly", "--count", "400", "--data-dir", dir.resolve("data").toString());
        assertThat(next.exit()).isZero();
        assertThat(next.out().lines()).hasSize(400).allMatch(l -> l.contains("T02:30") || l.contains("T03:30"));
        CliRun again = add("--cron", "0 0 7 ? * MON", "--zone", "Europe/Berlin");
        assertThat(again.out()).contains("updated weekly");
        CliRun show = CliRun.of("schedule", "show", "weekly", "--data-dir", dir.resolve("data").toString());
        assertThat(show.out()).contains("\"cron\" : \"0 0 7 ? * MON\"");
        CliRun history = CliRun.of("schedule", "history", "--json", "--data-dir", dir.resolve("data").toString());
        assertThat(history.out().strip()).isEqualTo("[ ]");
        assertThat(CliRun.of("schedule", "remove", "weekly", "--data-dir", dir.resolve("data").toString()).exit()).isZero();
        CliRun unknown = CliRun.of("schedule", "show", "weekly", "--data-dir", dir.resolve("data").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("DOS-SCHEDULE-UNKNOWN");
    }
}

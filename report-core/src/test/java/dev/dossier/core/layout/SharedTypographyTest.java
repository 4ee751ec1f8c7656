package dev.dossier.core.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import dev.dossier.core.theme.FontSet;
import dev.dossier.core.theme.Theme;
import dev.dossier.core.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch shares one {@link Typography} between its worker threads (one renderer per theme and
 * locale), so the fallback fonts it makes on demand must be safe to make from several threads at once.
 */
class SharedTypographyTest {

    @Test
    void fallbackPhrasesFromManyThreadsAtOnce() throws Exception {
        Theme theme = new ThemeLoader(List.of(Path.of("../templates/themes").toAbsolutePath().normalize()))
                .load("dossier", Path.of("."));
        FontSet fonts = FontSet.load(theme);
        assertThat(fonts.fallbacks()).as("the dossier theme has a CJK fallback").isNotEmpty();
        Typography type = new Typography(theme, fonts);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                work.add(pool.submit(() -> {
                    List<String> fallbackFonts = new ArrayList<>();
                    // many sizes, so many distinct cache keys are made while other threads make theirs
                    for (int i = 0; i < 400; i++) {
                        float size = 6f + ((i * 7 + seed * 13) % 300) / 10f;
                        Phrase p = type.phrase("Baidu 百度 " + i, new Font(fonts.regular(), size));
                        for (Object c : p) {
                            Chunk chunk = (Chunk) c;
                            if (chunk.getContent().contains("百")) {
                                assertThat(chunk.getFont().getSize()).isEqualTo(size);
                                fallbackFonts.add(chunk.getFont().getBaseFont().getPostscriptFontName());
                            }
                        }
                    }
                    return fallbackFonts;
                }));
            }
            for (Future<List<String>> f : work) {
                List<String> names = f.get();
                assertThat(names).hasSize(400);
                assertThat(names).allMatch(n -> n.equals(fonts.fallbacks().get(0).getPostscriptFontName()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

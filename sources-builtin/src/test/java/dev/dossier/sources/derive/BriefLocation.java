package dev.dossier.sources.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the data brief directory the way {@code derive-datasets.sh} does: {@code $DOSSIER_DATA_BRIEF},
 * else {@code ../shared/data} beside the repository root, where the root of a git worktree is the
 * main checkout's root (read from the worktree's {@code .git} file, without running git).
 */
final class BriefLocation {
    private BriefLocation() {
    }

    /** The brief directory if it exists (holds {@code BRIEF.md}), searched from {@code repoRoot}. */
    static Optional<Path> find(Path repoRoot) {
        String env = System.getenv("DOSSIER_DATA_BRIEF");
        if (env != null && !env.isBlank()) {
            return valid(Path.of(env));
        }
        Optional<Path> beside = valid(repoRoot.resolve("../shared/data"));
        if (beside.isPresent()) {
            return beside;
        }
        return mainCheckout(repoRoot).flatMap(main -> valid(main.resolve("../shared/data")));
    }

    /** Where it was looked for, for the skip message. */
    static String describe(Path repoRoot) {
        String env = System.getenv("DOSSIER_DATA_BRIEF");
        if (env != null && !env.isBlank()) {
            return "$DOSSIER_DATA_BRIEF=" + env;
        }
        return repoRoot.resolve("../shared/data").normalize()
                + mainCheckout(repoRoot).map(m -> " or " + m.resolve("../shared/data").normalize()).orElse("");
    }

    private static Optional<Path> valid(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        return Files.isRegularFile(d.resolve("BRIEF.md")) ? Optional.of(d) : Optional.empty();
    }

    /** A worktree's {@code .git} is a file {@code gitdir: <main>/.git/worktrees/<name>}. */
    private static Optional<Path> mainCheckout(Path repoRoot) {
        Path git = repoRoot.resolve(".git");
        if (!Files.isRegularFile(git)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(git).trim();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path gitdir = repoRoot.resolve(line.substring("gitdir:".length()).trim()).normalize();
            Path common = gitdir.getParent() != null && gitdir.getParent().getFileName().toString().equals("worktrees")
                    ? gitdir.getParent().getParent() : null;
            return common == null ? Optional.empty() : Optional.ofNullable(common.getParent());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

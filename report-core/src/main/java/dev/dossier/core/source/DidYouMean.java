package dev.dossier.core.source;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a mistyped one, by edit distance. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate closest to {@code given}, if it is close enough to be a likely typo. */
    static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        // allow about one typo per three letters, so 'fiel' -> 'file' but not 'x' -> 'password'
        int limit = Math.max(1, given.length() / 3);
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** The suffix {@code " (did you mean 'x'?)"}, or empty. */
    static String hint(String given, Collection<String> candidates) {
        return closest(given, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package dev.dossier.core.template;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" hints: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code given}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int tolerance = Math.max(2, given.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or an empty string. */
    public static String hint(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
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

package labrepl.cloud.s3.policy;

import java.util.Locale;

/**
 * IAM's wildcards: {@code *} matches any run of characters ({@code /} included), {@code ?} any one.
 * Public for those who explain a policy rather than enforce it ({@code labrepl check}).
 */
public final class Wildcard {

    private Wildcard() {
    }

    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        int pi = 0;
        int ti = 0;
        int star = -1;
        int starText = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                starText = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++starText;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }
}

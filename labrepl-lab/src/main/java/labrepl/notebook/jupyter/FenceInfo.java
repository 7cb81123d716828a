package labrepl.notebook.jupyter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows a code fence: the language word and the options after it, kept as written so a
 * notebook converted back has the same fence. This package reads only the two options that
 * change how a block maps to Jupyter ({@code file=} and {@code throws=}); the notebook runner
 * reads them all.
 */
record FenceInfo(String language, String options) {

    private static final Pattern OPTION = Pattern.compile("(?:^|\\s)(file|throws)=(\"[^\"]*\"|\\S+)");

    static FenceInfo of(String info) {
        String stripped = info == null ? "" : info.strip();
        String[] parts = stripped.split("\\s+", 2);
        return new FenceInfo(parts[0], parts.length > 1 ? parts[1] : "");
    }

    Optional<String> option(String name) {
        Matcher matcher = OPTION.matcher(options);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return Optional.of(matcher.group(2).replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}

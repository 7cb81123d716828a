package labrepl.helpers.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a browser got for a URL: the status, the content type, the text of the page and the
 * answer's headers. Shown in the REPL as one line; {@link #body()} has the whole page.
 *
 * @param headers by name, names compared regardless of case as HTTP's are
 */
public record WebPage(String url, int status, String contentType, String body, Map<String, List<String>> headers) {

    public WebPage {
        TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = Collections.unmodifiableMap(byName);
    }

    /**
     * The first value of a header of the answer, e.g. {@code header("Access-Control-Allow-Origin")}: what CORS
     * lets a page of another origin read.
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The text of the page's {@code <title>}, or empty. */
    public String title() {
        int start = body.indexOf("<title>");
        int end = body.indexOf("</title>");
        return start < 0 || end < start ? "" : body.substring(start + "<title>".length(), end).strip();
    }

    @Override
    public String toString() {
        String title = title();
        return "HTTP " + status + " " + contentType + ", " + body.length() + " characters"
                + (title.isEmpty() ? "" : ", title \"" + title + "\"");
    }
}

package labrepl.helpers.web;

/**
 * What a browser got for a URL: the status, the content type and the text of the page.
 * Shown in the REPL as one line; {@link #body()} has the whole page.
 */
public record WebPage(String url, int status, String contentType, String body) {

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

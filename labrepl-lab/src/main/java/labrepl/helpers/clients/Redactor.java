package labrepl.helpers.clients;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Remembers the secrets a session's clients have signed with (secret keys, session tokens) and
 * masks them in any text before it is shown, so nothing printed ever reveals one.
 */
public final class Redactor {

    /** Short strings would mask ordinary words; real secrets are 40 characters or longer. */
    private static final int SHORTEST_SECRET = 8;
    static final String MASK = "****";

    private final Set<String> secrets = new CopyOnWriteArraySet<>();

    public void remember(String secret) {
        if (secret != null && secret.length() >= SHORTEST_SECRET) {
            secrets.add(secret);
        }
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}

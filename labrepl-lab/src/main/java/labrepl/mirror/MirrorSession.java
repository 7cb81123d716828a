package labrepl.mirror;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What the mirror needs to know of the session it writes Java for and command lines about. */
public interface MirrorSession {

    /** The session's preloaded variable for a client ({@code dynamodb}), if it has one. */
    Optional<String> clientVariable(Class<?> client);

    /** Whether {@code type}'s simple name can be used as it is (it is imported). */
    boolean imports(Class<?> type);

    /** Whether {@code type}'s simple name already means another class (the S3 and DynamoDB models share some). */
    boolean clashes(Class<?> type);

    /** Whether the learner already has a variable of this name. */
    boolean hasVariable(String name);

    /** Where relative file names start ({@code file://add-one-customer.json}). */
    Path workingFolder();

    /** The region the session's clients use. */
    String region();

    /** The endpoint the session's client of that interface uses ({@code DynamoDbClient}), empty for real AWS. */
    Optional<URI> endpoint(Class<?> client);
}

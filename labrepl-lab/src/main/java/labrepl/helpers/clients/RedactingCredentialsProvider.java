package labrepl.helpers.clients;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Hands the SDK the target's credentials and tells the {@link Redactor} which strings are secret. */
final class RedactingCredentialsProvider implements AwsCredentialsProvider {

    private final AwsCredentialsProvider delegate;
    private final Redactor redactor;

    RedactingCredentialsProvider(AwsCredentialsProvider delegate, Redactor redactor) {
        this.delegate = delegate;
        this.redactor = redactor;
        if (delegate instanceof StaticCredentialsProvider) {
            // Known now and costs nothing: mask it even before the first call.
            resolveCredentials();
        }
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentials credentials = delegate.resolveCredentials();
        redactor.remember(credentials.secretAccessKey());
        if (credentials instanceof AwsSessionCredentials) {
            redactor.remember(((AwsSessionCredentials) credentials).sessionToken());
        }
        return credentials;
    }

    @Override
    public String toString() {
        return "credentials from " + delegate.getClass().getSimpleName();
    }
}

package labrepl.target;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import labrepl.cloud.awscli.AwsEnvironment;
import labrepl.cloud.s3.website.WebsiteEndpoint;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where the learner's SDK clients (and {@code /sh} commands) send their requests: the
 * embedded local cloud, another compatible endpoint, or real AWS.
 *
 * <pre>{@code
 * Target local = Target.localCloud(cloud.endpoint(), "us-west-2");
 * Target moto  = Target.endpoint(URI.create("http://127.0.0.1:5000"), "us-east-1", null);
 * Target aws   = Target.aws("eu-west-1", "my-profile");
 * }</pre>
 */
public final class Target {

    /** The credentials every local-cloud request is signed with; the local cloud accepts any. */
    public static final AwsBasicCredentials LOCAL_CREDENTIALS =
            AwsBasicCredentials.create("LABREPLLOCALKEY", "labrepl-local-secret-key");

    /** What kind of service answers. */
    public enum Kind {
        /** The embedded local cloud in this process. */
        LOCAL,
        /** A compatible endpoint someone else runs (DynamoDB Local, LocalStack, moto, ...). */
        ENDPOINT,
        /** Real AWS, through the default credential chain. */
        AWS
    }

    private final Kind kind;
    private final URI endpoint;
    private final String region;
    private final String profile;

    private Target(Kind kind, URI endpoint, String region, String profile) {
        this.kind = Objects.requireNonNull(kind);
        this.endpoint = endpoint;
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    /** The embedded local cloud listening at {@code endpoint}. */
    public static Target localCloud(URI endpoint, String region) {
        return new Target(Kind.LOCAL, Objects.requireNonNull(endpoint), region, null);
    }

    /** A compatible endpoint; {@code profile} may be null. */
    public static Target endpoint(URI endpoint, String region, String profile) {
        return new Target(Kind.ENDPOINT, Objects.requireNonNull(endpoint), region, profile);
    }

    /** Real AWS in {@code region}; {@code profile} may be null for the default credential chain. */
    public static Target aws(String region, String profile) {
        return new Target(Kind.AWS, null, region, profile);
    }

    public Kind kind() {
        return kind;
    }

    /** The endpoint URL, or empty for real AWS (the SDK picks the service's regional endpoint). */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public String region() {
        return region;
    }

    /** A short name for prompts: {@code local}, {@code aws}, or the endpoint's host and port. */
    public String label() {
        switch (kind) {
            case LOCAL:
                return "local";
            case AWS:
                return "aws";
            default:
                return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        }
    }

    /** One line for the banner, e.g. {@code local cloud at http://127.0.0.1:4566, us-west-2}. */
    public String describe() {
        switch (kind) {
            case LOCAL:
                return "local cloud at " + endpoint + ", " + region;
            case AWS:
                return "real AWS, " + region + (profile != null ? ", profile " + profile : "");
            default:
                return "endpoint " + endpoint + ", " + region + (profile != null ? ", profile " + profile : "");
        }
    }

    /**
     * The address of a bucket's static website on this target: on the local cloud
     * {@code http://BUCKET.s3-website-REGION.localhost:PORT/}, which a browser on this machine opens;
     * on AWS the region's website endpoint. Another endpoint's website address is not known here
     * (each emulator has its own, or none), so asking for it is an error that says so.
     */
    public URI websiteUrl(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        switch (kind) {
            case LOCAL:
                return WebsiteEndpoint.local(bucket, region, endpoint.getPort());
            case AWS:
                return AwsWebsiteEndpoint.of(bucket, region);
            default:
                throw new IllegalStateException("No website address is known for a bucket on " + endpoint
                        + ": LabREPL knows its own local cloud's and real AWS's, and another service has its own, or"
                        + " none (moto serves no websites). Open the address that service documents with"
                        + " fetch(\"http://...\").");
        }
    }

    /**
     * The credentials the SDK clients sign with. The local cloud gets fixed local ones; an endpoint
     * gets the profile's when one is named, else fixed local ones (emulators accept any); AWS gets the
     * default chain (or the profile's).
     */
    public AwsCredentialsProvider credentials() {
        switch (kind) {
            case LOCAL:
                return StaticCredentialsProvider.create(LOCAL_CREDENTIALS);
            case ENDPOINT:
                return profile != null ? ProfileCredentialsProvider.create(profile)
                        : StaticCredentialsProvider.create(LOCAL_CREDENTIALS);
            default:
                return profile != null ? ProfileCredentialsProvider.create(profile)
                        : DefaultCredentialsProvider.builder().build();
        }
    }

    /**
     * What the AWS CLI (or any program) started for the learner finds in its environment to reach
     * this target. Secrets are passed only for the fixed local credentials; AWS and profiles are
     * named, so the child resolves its own credentials the way the CLI always does.
     */
    public AwsEnvironment cliEnvironment() {
        AwsEnvironment.Builder environment = AwsEnvironment.builder().region(region);
        if (endpoint != null) {
            environment.endpoint(endpoint);
        }
        if (profile != null) {
            environment.profile(profile);
        } else if (kind != Kind.AWS) {
            environment.credentials(LOCAL_CREDENTIALS.accessKeyId(), LOCAL_CREDENTIALS.secretAccessKey());
        }
        return environment.build();
    }

    @Override
    public String toString() {
        return describe();
    }
}

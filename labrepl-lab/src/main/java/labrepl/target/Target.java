package labrepl.target;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * embedded local cloud, another compatible endpoint, or real AWS; and, service by service, any
 * endpoint chosen for that service alone (DynamoDB Local for DynamoDB, say).
 *
 * <pre>{@code
 * Target local = Target.localCloud(cloud.endpoint(), "us-west-2");
 * Target moto  = Target.endpoint(URI.create("http://127.0.0.1:5000"), "us-east-1", null);
 * Target aws   = Target.aws("eu-west-1", "my-profile");
 * Target split = local.withServiceEndpoints(Map.of(AwsService.DYNAMODB, URI.create("http://127.0.0.1:8000")));
 * }</pre>
 */
public final class Target {

    /** The credentials every local-cloud request is signed with; the local cloud accepts any. */
    public static final AwsBasicCredentials LOCAL_CREDENTIALS =
            AwsBasicCredentials.create("LABREPLLOCALKEY", "labrepl-local-secret-key");

    /** What kind of service answers the services that no endpoint of their own was chosen for. */
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
    private final Map<AwsService, URI> serviceEndpoints;

    private Target(Kind kind, URI endpoint, String region, String profile, Map<AwsService, URI> serviceEndpoints) {
        this.kind = Objects.requireNonNull(kind);
        this.endpoint = endpoint;
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
        this.serviceEndpoints = serviceEndpoints.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(serviceEndpoints));
    }

    /** The embedded local cloud listening at {@code endpoint}. */
    public static Target localCloud(URI endpoint, String region) {
        return new Target(Kind.LOCAL, Objects.requireNonNull(endpoint), region, null, Map.of());
    }

    /** A compatible endpoint; {@code profile} may be null. */
    public static Target endpoint(URI endpoint, String region, String profile) {
        return new Target(Kind.ENDPOINT, Objects.requireNonNull(endpoint), region, profile, Map.of());
    }

    /** Real AWS in {@code region}; {@code profile} may be null for the default credential chain. */
    public static Target aws(String region, String profile) {
        return new Target(Kind.AWS, null, region, profile, Map.of());
    }

    /**
     * A target LabREPL treats as real AWS (the account in the prompt, confirmations before
     * deleting, {@code --account}) that is served at {@code endpoint} and signed with the local
     * credentials: what tests of those rails run against, since they cannot use an account.
     */
    static Target awsStandIn(URI endpoint, String region) {
        return new Target(Kind.AWS, Objects.requireNonNull(endpoint), region, null, Map.of());
    }

    /** This target with {@code endpoints} serving their services instead, the others unchanged. */
    public Target withServiceEndpoints(Map<AwsService, URI> endpoints) {
        Map<AwsService, URI> all = new EnumMap<>(AwsService.class);
        all.putAll(serviceEndpoints);
        all.putAll(endpoints);
        return new Target(kind, endpoint, region, profile, all);
    }

    public Kind kind() {
        return kind;
    }

    /** The endpoint URL, or empty for real AWS (the SDK picks the service's regional endpoint). */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** Where {@code service}'s requests go: its own endpoint if one was chosen, else {@link #endpoint()}. */
    public Optional<URI> endpoint(AwsService service) {
        return Optional.ofNullable(serviceEndpoints.getOrDefault(service, endpoint));
    }

    /**
     * Where a client of {@code clientInterface} (an SDK v2 client such as {@code StsClient}) sends its
     * requests: its service's endpoint, or, for a service LabREPL does not know, the others'.
     */
    public Optional<URI> endpointOfClient(Class<?> clientInterface) {
        return AwsService.ofClient(clientInterface).map(this::endpoint).orElseGet(this::endpoint);
    }

    /** True when a client of {@code clientInterface} reaches real AWS (see {@link #endpointOfClient}). */
    public boolean clientReachesAws(Class<?> clientInterface) {
        return AwsService.ofClient(clientInterface).map(this::reachesAws).orElse(kind == Kind.AWS);
    }

    /** The services sent to an endpoint of their own, in {@link AwsService} order. */
    public Map<AwsService, URI> serviceEndpoints() {
        return serviceEndpoints;
    }

    /** True when {@code service}'s requests reach real AWS, where deleting something deletes it for good. */
    public boolean reachesAws(AwsService service) {
        return kind == Kind.AWS && !serviceEndpoints.containsKey(service);
    }

    public String region() {
        return region;
    }

    /** A short name for prompts: {@code local}, {@code aws:REGION}, or the endpoint's host and port. */
    public String label() {
        return label(Optional.empty());
    }

    /**
     * A short name for prompts, with the account on AWS: {@code aws:123456789012:us-west-2}, and
     * each service sent elsewhere after it: {@code local dynamodb@127.0.0.1:8000}.
     */
    public String label(Optional<String> account) {
        StringBuilder label = new StringBuilder(switch (kind) {
            case LOCAL -> "local";
            case AWS -> "aws:" + account.map(id -> id + ":").orElse("") + region;
            case ENDPOINT -> hostAndPort(endpoint);
        });
        serviceEndpoints.forEach((service, url) -> label.append(' ').append(service.optionName()).append('@')
                .append(hostAndPort(url)));
        return label.toString();
    }

    /**
     * One phrase for the whole target, e.g. {@code the local cloud at http://127.0.0.1:4566, us-west-2},
     * with the services sent elsewhere in brackets: {@code (DynamoDB at http://127.0.0.1:8000)}.
     */
    public String describe() {
        if (serviceEndpoints.isEmpty()) {
            return base(Optional.empty());
        }
        List<String> elsewhere = new ArrayList<>();
        serviceEndpoints.forEach((service, url) -> elsewhere.add(service.displayName() + " at " + url));
        return base(Optional.empty()) + " (" + String.join(", ", elsewhere) + ")";
    }

    /**
     * Where each of {@code services} goes, those going to the same place named together, e.g.
     * {@code DynamoDB and S3 on real AWS, account 123456789012, us-west-2} or
     * {@code DynamoDB at http://127.0.0.1:8000, S3 on the local cloud at http://127.0.0.1:4566, us-west-2}.
     */
    public String describe(List<AwsService> services, Optional<String> account) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        for (AwsService service : services) {
            URI own = serviceEndpoints.get(service);
            String place = own != null ? "at " + own : "on " + base(account);
            byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(service.displayName());
        }
        List<String> phrases = new ArrayList<>();
        byPlace.forEach((place, names) -> phrases.add(String.join(" and ", names) + " " + place));
        return String.join(", ", phrases);
    }

    private String base(Optional<String> account) {
        String named = profile != null ? ", profile " + profile : "";
        return switch (kind) {
            case LOCAL -> "the local cloud at " + endpoint + ", " + region;
            case AWS -> "real AWS, " + account.map(id -> "account " + id + ", ").orElse("") + region + named
                    + (endpoint != null ? " (a stand-in at " + endpoint + ")" : "");
            case ENDPOINT -> "the endpoint " + endpoint + ", " + region + named;
        };
    }

    private static String hostAndPort(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    /**
     * The address of a bucket's static website on this target: on the local cloud
     * {@code http://BUCKET.s3-website-REGION.localhost:PORT/}, which a browser on this machine opens;
     * on AWS the region's website endpoint. Another endpoint's website address is not known here
     * (each emulator has its own, or none), so asking for it is an error that says so.
     */
    public URI websiteUrl(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        URI s3 = serviceEndpoints.get(AwsService.S3);
        if (s3 == null && kind == Kind.LOCAL) {
            return WebsiteEndpoint.local(bucket, region, endpoint.getPort());
        }
        if (s3 == null && kind == Kind.AWS) {
            return AwsWebsiteEndpoint.of(bucket, region);
        }
        throw new IllegalStateException("No website address is known for a bucket on " + (s3 != null ? s3 : endpoint)
                + ": LabREPL knows its own local cloud's and real AWS's, and another service has its own, or"
                + " none (moto serves no websites). Open the address that service documents with"
                + " fetch(\"http://...\").");
    }

    /**
     * The credentials the SDK clients sign with: a named profile's when there is one; on real AWS
     * the default chain; everywhere else fixed local ones (the local cloud and emulators accept any).
     */
    public AwsCredentialsProvider credentials() {
        if (profile != null) {
            return ProfileCredentialsProvider.create(profile);
        }
        return signsAsItself() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(LOCAL_CREDENTIALS);
    }

    /** Real AWS, reached at its own endpoints: the only target whose credentials are the user's own. */
    private boolean signsAsItself() {
        return kind == Kind.AWS && endpoint == null;
    }

    /**
     * What the AWS CLI (or any program) started for the learner finds in its environment to reach
     * this target, service by service. Secrets are passed only for the fixed local credentials; AWS
     * and profiles are named, so the child resolves its own credentials the way the CLI always does.
     */
    public AwsEnvironment cliEnvironment() {
        AwsEnvironment.Builder environment = AwsEnvironment.builder().region(region);
        if (endpoint != null) {
            environment.endpoint(endpoint);
        }
        serviceEndpoints.forEach((service, url) -> environment.serviceEndpoint(service.name(), url));
        if (profile != null) {
            environment.profile(profile);
        } else if (!signsAsItself()) {
            environment.credentials(LOCAL_CREDENTIALS.accessKeyId(), LOCAL_CREDENTIALS.secretAccessKey());
        }
        return environment.build();
    }

    @Override
    public String toString() {
        return describe();
    }
}

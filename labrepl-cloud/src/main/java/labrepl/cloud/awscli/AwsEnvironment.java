package labrepl.cloud.awscli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a process started for the learner (the AWS CLI, a shell cell, {@code /sh}) finds in its
 * environment so that it talks to one target: the endpoint, any endpoint of a service's own
 * ({@code AWS_ENDPOINT_URL_DYNAMODB}), the region, who it signs as, and no pager. Whatever the parent process inherited that would point elsewhere is taken out: another
 * endpoint, and, unless the target's credentials are the default chain's, the shell's keys and
 * profile and the user's AWS config files.
 *
 * <pre>{@code
 * AwsEnvironment local = AwsEnvironment.builder().endpoint(cloud.endpoint()).region("us-west-2")
 *         .credentials("local-key", "local-secret").build();
 * }</pre>
 */
public final class AwsEnvironment {

    private static final List<String> INHERITED_IDENTITY = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE");
    /** The SDKs' and the CLI's variable for one service's endpoint, before the service's name. */
    static final String SERVICE_VARIABLE = "AWS_ENDPOINT_URL_";
    /** Where a CLI isolated from the user's files reads its config: nothing. */
    private static final String NO_FILE = "/dev/null";

    private final Optional<URI> endpoint;
    private final Map<String, URI> serviceEndpoints;
    private final Map<String, String> variables;
    private final boolean keepsInheritedIdentity;

    private AwsEnvironment(Optional<URI> endpoint, Map<String, URI> serviceEndpoints, Map<String, String> variables,
                           boolean keepsInheritedIdentity) {
        this.endpoint = endpoint;
        this.serviceEndpoints = Collections.unmodifiableMap(serviceEndpoints);
        this.variables = Collections.unmodifiableMap(variables);
        this.keepsInheritedIdentity = keepsInheritedIdentity;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint requests go to; empty for AWS's own endpoints. */
    public Optional<URI> endpoint() {
        return endpoint;
    }

    /** The services given an endpoint of their own, by the name their variable ends with ({@code DYNAMODB}). */
    public Map<String, URI> serviceEndpoints() {
        return serviceEndpoints;
    }

    /** The variables this environment sets, in a stable order. */
    public Map<String, String> variables() {
        return variables;
    }

    /** Makes {@code env} (a child process's, inherited from this one) this environment. */
    public void applyTo(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("AWS_ENDPOINT_URL"));
        if (!keepsInheritedIdentity) {
            INHERITED_IDENTITY.forEach(env::remove);
        }
        env.putAll(variables);
    }

    /** Options for an {@link AwsEnvironment}; a region is required. */
    public static final class Builder {
        private URI endpoint;
        private final Map<String, URI> serviceEndpoints = new LinkedHashMap<>();
        private String region;
        private String accessKeyId;
        private String secretAccessKey;
        private String profile;
        private Path configFile;
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Builder() {
        }

        /** Send requests here instead of to AWS. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint);
            return this;
        }

        /**
         * Send one service's requests here, named as its {@code AWS_ENDPOINT_URL_} variable ends:
         * {@code DYNAMODB}, {@code S3}, {@code CLOUDWATCH_LOGS}.
         */
        public Builder serviceEndpoint(String service, URI endpoint) {
            if (!service.matches("[A-Z0-9_]+")) {
                throw new IllegalArgumentException("A service is named as its AWS_ENDPOINT_URL_ variable ends"
                        + " (DYNAMODB, S3), not '" + service + "'");
            }
            serviceEndpoints.put(service, Objects.requireNonNull(endpoint));
            return this;
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region);
            return this;
        }

        /** Sign with these keys, and read none of the user's AWS files. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = Objects.requireNonNull(accessKeyId);
            this.secretAccessKey = Objects.requireNonNull(secretAccessKey);
            return this;
        }

        /** Sign as this profile of the user's AWS files. */
        public Builder profile(String profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /** With fixed credentials: read CLI settings (output format, timestamps) from this file instead of none. */
        public Builder configFile(Path file) {
            this.configFile = Objects.requireNonNull(file);
            return this;
        }

        /** Any other variable the process needs, e.g. {@code TZ}. */
        public Builder variable(String name, String value) {
            extra.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** With neither {@link #credentials} nor {@link #profile}, the process finds credentials as the CLI does. */
        public AwsEnvironment build() {
            Objects.requireNonNull(region, "region");
            if (accessKeyId != null && profile != null) {
                throw new IllegalStateException("Credentials and a profile name two identities; give one.");
            }
            Map<String, String> variables = new LinkedHashMap<>();
            if (endpoint != null) {
                variables.put("AWS_ENDPOINT_URL", endpoint.toString());
            }
            serviceEndpoints.forEach((service, url) -> variables.put(SERVICE_VARIABLE + service, url.toString()));
            variables.put("AWS_REGION", region);
            variables.put("AWS_DEFAULT_REGION", region); // the only one CLI v1 reads
            if (profile != null) {
                variables.put("AWS_PROFILE", profile);
            } else if (accessKeyId != null) {
                variables.put("AWS_ACCESS_KEY_ID", accessKeyId);
                variables.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
                variables.put("AWS_CONFIG_FILE", configFile != null ? configFile.toString() : NO_FILE);
                variables.put("AWS_SHARED_CREDENTIALS_FILE", NO_FILE);
                variables.put("AWS_EC2_METADATA_DISABLED", "true");
            }
            variables.put("AWS_PAGER", "");
            variables.putAll(extra);
            boolean inherited = accessKeyId == null && profile == null;
            return new AwsEnvironment(Optional.ofNullable(endpoint), new LinkedHashMap<>(serviceEndpoints), variables,
                    inherited);
        }
    }
}

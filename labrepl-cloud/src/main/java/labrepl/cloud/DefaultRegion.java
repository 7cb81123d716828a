package labrepl.cloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region the local cloud claims when none is given: the one the AWS CLI and SDKs would
 * use on this machine ({@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's
 * {@code region} in the AWS config file), else {@value #FALLBACK}, the lab's region.
 */
public final class DefaultRegion {

    public static final String FALLBACK = "us-west-2";

    private DefaultRegion() {
    }

    public static String resolve() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static String resolve(Map<String, String> env, Path home) {
        for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        String profile = env.getOrDefault("AWS_PROFILE", "default");
        Path config = Optional.ofNullable(env.get("AWS_CONFIG_FILE")).map(Path::of)
                .orElse(home.resolve(".aws").resolve("config"));
        return profileRegion(config, profile).orElse(FALLBACK);
    }

    /** Reads {@code region} from {@code [default]} or {@code [profile NAME]} of an AWS config file. */
    static Optional<String> profileRegion(Path config, String profile) {
        if (!Files.isReadable(config)) {
            return Optional.empty();
        }
        String wanted = profile.equals("default") ? "default" : "profile " + profile;
        try {
            boolean inSection = false;
            for (String raw : Files.readAllLines(config)) {
                String line = raw.strip();
                if (line.startsWith("[") && line.endsWith("]")) {
                    inSection = line.substring(1, line.length() - 1).strip().equals(wanted);
                } else if (inSection && line.startsWith("region")) {
                    String[] parts = line.split("=", 2);
                    if (parts.length == 2 && parts[0].strip().equals("region") && !parts[1].isBlank()) {
                        return Optional.of(parts[1].strip());
                    }
                }
            }
        } catch (IOException unreadable) {
            // An unreadable config file is the same as none: the CLI would not get a region from it either.
        }
        return Optional.empty();
    }
}

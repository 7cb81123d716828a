package labrepl.target;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The AWS services LabREPL sends requests to, named as the AWS SDKs and CLI name them when an
 * endpoint is chosen per service: {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_S3}, ...
 * (the service's id, upper case, spaces as underscores). The same name, lower case with dashes, is
 * the REPL's option: {@code --endpoint-dynamodb URL}.
 */
public enum AwsService {
    DYNAMODB("DynamoDB"),
    S3("S3"),
    STS("STS"),
    LAMBDA("Lambda"),
    APIGATEWAYV2("API Gateway"),
    IAM("IAM"),
    CLOUDWATCH_LOGS("CloudWatch Logs");

    private static final String VARIABLE_PREFIX = "AWS_ENDPOINT_URL_";

    private final String displayName;

    AwsService(String displayName) {
        this.displayName = displayName;
    }

    /** As the AWS console and documentation name it, e.g. {@code DynamoDB}. */
    public String displayName() {
        return displayName;
    }

    /** The variable the SDKs and the CLI read this service's endpoint from, e.g. {@code AWS_ENDPOINT_URL_S3}. */
    public String environmentVariable() {
        return VARIABLE_PREFIX + name();
    }

    /** The word after {@code --endpoint-} that names it on LabREPL's command line, e.g. {@code dynamodb}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every service's {@link #optionName()}, in order. */
    public static List<String> optionNames() {
        return Arrays.stream(values()).map(AwsService::optionName).toList();
    }

    /**
     * The service an SDK client calls by the name the SDK gives it ({@code DynamoDb}, {@code Sts},
     * {@code CloudWatchLogs}): this enum's name without its underscores, in another case.
     */
    public static Optional<AwsService> ofSdkName(String sdkName) {
        return Arrays.stream(values()).filter(service -> service.name().replace("_", "").equalsIgnoreCase(sdkName))
                .findFirst();
    }

    /** The service an SDK client interface calls ({@code DynamoDbClient}, {@code StsClient}), if LabREPL knows it. */
    public static Optional<AwsService> ofClient(Class<?> clientInterface) {
        return ofSdkName(clientInterface.getSimpleName().replaceFirst("Client$", ""));
    }

    /** The service an option names ({@code dynamodb}, {@code cloudwatch-logs}), if any does. */
    public static Optional<AwsService> ofOptionName(String name) {
        return Arrays.stream(values()).filter(service -> service.optionName().equals(name)).findFirst();
    }
}

package labrepl.repl;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.UnaryOperator;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Turns what a snippet threw into a {@link Failure}: the type, AWS's error code and message, the trace. */
final class Failures {

    /** The SDK's service ids, spelled the way AWS spells the services. */
    private static final Map<String, String> SERVICE_NAMES = Map.of("DynamoDb", "DynamoDB", "S3", "S3");

    private Failures() {
    }

    static Failure of(Throwable thrown, UnaryOperator<String> clean) {
        String type = thrown.getClass().getSimpleName();
        String message = thrown.getMessage();
        String awsError = null;
        if (thrown instanceof AwsServiceException) {
            AwsServiceException aws = (AwsServiceException) thrown;
            AwsErrorDetails details = aws.awsErrorDetails();
            if (details != null) {
                if (details.errorMessage() != null) {
                    message = details.errorMessage();
                }
                String service = SERVICE_NAMES.getOrDefault(details.serviceName(), details.serviceName());
                awsError = (service == null ? "" : service + " ") + "error code " + details.errorCode()
                        + ", HTTP " + aws.statusCode();
            }
        }
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return new Failure(type, thrown.getClass().getName(), clean.apply(message), clean.apply(awsError),
                clean.apply(trace.toString()));
    }

    /** When the engine kept no exception object: what JShell reports. */
    static Failure of(JShellException reported, UnaryOperator<String> clean) {
        String className = reported instanceof EvalException
                ? ((EvalException) reported).getExceptionClassName() : reported.getClass().getName();
        String type = className.substring(className.lastIndexOf('.') + 1);
        StringWriter trace = new StringWriter();
        reported.printStackTrace(new PrintWriter(trace));
        return new Failure(type, className, clean.apply(reported.getMessage()), null, clean.apply(trace.toString()));
    }
}

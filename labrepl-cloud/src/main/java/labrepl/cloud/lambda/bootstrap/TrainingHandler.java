package labrepl.cloud.lambda.bootstrap;

import java.util.Map;

/**
 * The handler of the one-off run that records which classes a Java function's start loads, for the
 * runtime's class-data-sharing archive (AWS's Java runtime starts from such an archive too).
 */
public final class TrainingHandler {

    private TrainingHandler() {
    }

    public static Map<String, Object> handle(Map<String, Object> event) {
        return event;
    }
}

package labrepl.cloud.lambda;

import labrepl.cloud.lambda.environment.ExecutionEnvironment;
import labrepl.cloud.logs.LogStream;

/** An execution environment with the log stream it writes to, one per environment as on AWS. */
record Sandbox(ExecutionEnvironment environment, LogStream log) {
}

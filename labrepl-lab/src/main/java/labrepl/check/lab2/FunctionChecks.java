package labrepl.check.lab2;

import java.util.List;
import java.util.Locale;
import labrepl.check.Check;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;

/** Lab 2's functions as Lambda describes them: there, on a runtime the lab uses, ready, with the lab's role. */
public final class FunctionChecks {

    private FunctionChecks() {
    }

    /** The function exists, runs Java or Python, and is ready to run. */
    public static Check.Probe exists(String name) {
        return target -> {
            GetFunctionConfigurationResponse function;
            try {
                function = target.lambda().getFunctionConfiguration(b -> b.functionName(name));
            } catch (ResourceNotFoundException e) {
                return Verdict.failed(missing(target, name));
            }
            String runtime = function.runtimeAsString();
            if (runtime == null || !(runtime.startsWith("java") || runtime.startsWith("python3"))) {
                return Verdict.failed(name + " runs on " + (runtime == null ? "a container image" : runtime)
                        + "; the lab's functions run on java17 or java21 (python3.12 for the course's Python code)");
            }
            if (function.state() == State.FAILED || function.lastUpdateStatus() == LastUpdateStatus.FAILED) {
                return Verdict.failed(name + " could not be made ready (" + reason(function) + "); deploy it again");
            }
            if (function.state() != State.ACTIVE || function.lastUpdateStatus() == LastUpdateStatus.IN_PROGRESS) {
                return Verdict.failed(name + " is still being set up (" + function.stateAsString() + "); wait a moment"
                        + " and check again");
            }
            return Verdict.passed();
        };
    }

    private static String reason(GetFunctionConfigurationResponse function) {
        String reason = function.lastUpdateStatusReason() != null ? function.lastUpdateStatusReason()
                : function.stateReason();
        return reason == null ? function.stateAsString() : reason;
    }

    private static String missing(TargetReader target, String name) {
        List<String> similar = target.lambda().listFunctionsPaginator().functions().stream()
                .map(FunctionConfiguration::functionName)
                .filter(other -> other.toLowerCase(Locale.ROOT).contains("customer")).toList();
        if (!similar.isEmpty()) {
            return "there is no function " + name + " but there is " + String.join(", ", similar)
                    + ": function names are case sensitive, and Lab 3's API calls " + name;
        }
        return "there is no function " + name + " in " + target.region() + "; create it with the role " + name;
    }

    /** The function runs as the role the lab's account made for it, which may read and write the table. */
    public static Check.Probe role(String name) {
        return target -> {
            String role = target.lambda().getFunctionConfiguration(b -> b.functionName(name)).role();
            if (role.endsWith(":role/" + name)) {
                return Verdict.passed();
            }
            return Verdict.failed(name + " runs as " + role + "; choose the existing role " + name + ", which the lab"
                    + " made with the table permissions the function needs");
        };
    }
}

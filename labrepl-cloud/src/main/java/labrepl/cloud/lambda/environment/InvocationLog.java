package labrepl.cloud.lambda.environment;

/** Where one invocation's log goes: the platform's START line when the runtime takes the event, then what the function prints. */
public interface InvocationLog {

    void started();

    void line(String text);
}

package labrepl.cloud.logs;

/** What a log group and a log stream both have: a name, an ARN and the time they were created. */
abstract class LogResource {

    private final String name;
    private final String arn;
    private final long creationTime = System.currentTimeMillis();

    LogResource(String name, String arn) {
        this.name = name;
        this.arn = arn;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public long creationTime() {
        return creationTime;
    }
}

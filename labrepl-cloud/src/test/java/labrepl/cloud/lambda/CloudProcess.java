package labrepl.cloud.lambda;

import java.nio.file.Path;
import labrepl.cloud.LocalCloud;

/** A local cloud in a process of its own, for tests that kill it: prints its port, then serves until killed. */
public final class CloudProcess {

    private CloudProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalCloud cloud = LocalCloud.builder().port(0).region("us-west-2").dataFolder(Path.of(args[0])).start();
        System.out.println(cloud.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

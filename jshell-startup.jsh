// Startup for the plain `jshell` tool: what LabREPL preloads, and a local cloud in memory.
//   jshell --class-path target/labrepl.jar --startup DEFAULT --startup jshell-startup.jsh
// Relative file names in the lab scripts (itemFromFile, file) resolve against lab-scripts/.
import java.nio.file.*;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.*;
import static labrepl.helpers.Lab.*;
import static labrepl.helpers.PrettyOption.*;

var labCloud = labrepl.target.LocalCloudTarget.inMemory(labrepl.cloud.DefaultRegion.resolve()).start();
labrepl.helpers.LabContext.create(labCloud.target(), Path.of("lab-scripts")).makeCurrent();

package labrepl.cloud.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** A loaded handler of any accepted shape, seen as AWS's runtime sees them all: bytes in, bytes out. */
interface FunctionHandler {

    void handle(InputStream event, OutputStream result, Context context) throws Throwable;
}

package labrepl.cloud.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A RequestStreamHandler: the event's bytes in, its own bytes out. */
public class Shouter implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(new String(input.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
    }
}

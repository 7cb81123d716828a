package labrepl.mirror;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One operation of a service as the SDK declares it: {@code PutItem} is {@code putItem(PutItemRequest)},
 * {@code PutObject} also takes the body and {@code GetObject} a file to write. Its members are
 * the request class's own {@link SdkPojo#sdkFields()}.
 */
public final class OperationModel {

    /** What besides the request the SDK method takes. */
    enum Streaming {
        /** Nothing: {@code dynamodb.putItem(request)}. */
        NONE,
        /** The body to send: {@code s3.putObject(request, RequestBody)}. */
        UPLOAD,
        /** The file to write the body to: {@code s3.getObject(request, Path)}. */
        DOWNLOAD
    }

    private final ServiceModel service;
    private final Class<?> requestClass;
    private final Method method;
    private final Streaming streaming;
    private final boolean noArgumentForm;
    private volatile ShapeModel request;

    private OperationModel(ServiceModel service, Class<?> requestClass, Method method, Streaming streaming,
                           boolean noArgumentForm) {
        this.service = service;
        this.requestClass = requestClass;
        this.method = method;
        this.streaming = streaming;
        this.noArgumentForm = noArgumentForm;
    }

    public ServiceModel service() {
        return service;
    }

    /** The model's name: {@code PutItem}. */
    public String name() {
        String simple = requestClass.getSimpleName();
        return simple.substring(0, simple.length() - "Request".length());
    }

    /** The CLI's name: {@code put-item}. */
    public String cliName() {
        return CliNames.kebab(name());
    }

    String methodName() {
        return method.getName();
    }

    Class<?> requestClass() {
        return requestClass;
    }

    Streaming streaming() {
        return streaming;
    }

    /** Whether the client also has {@code listTables()} with no request at all. */
    boolean hasNoArgumentForm() {
        return noArgumentForm;
    }

    /** The request's members, as the CLI's parameters. */
    public ShapeModel request() {
        if (request == null) {
            request = ShapeModel.of(requestClass, service.isJson());
        }
        return request;
    }

    @Override
    public String toString() {
        return service + "." + method.getName();
    }

    /** Collects a request class's methods on the client and tells which form the operation takes. */
    static final class Builder {
        private final ServiceModel service;
        private final Class<?> requestClass;
        private Method plain;
        private Method upload;
        private Method toFile;

        Builder(ServiceModel service, Class<?> requestClass) {
            this.service = service;
            this.requestClass = requestClass;
        }

        void add(Method method) {
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length == 1) {
                plain = method;
            } else if (parameters[1] == RequestBody.class) {
                upload = method;
            } else if (parameters[1] == Path.class) {
                toFile = method;
            }
        }

        Optional<OperationModel> build() {
            boolean noArgumentForm = plain != null && hasNoArgumentMethod(plain.getName());
            if (upload != null) {
                return Optional.of(new OperationModel(service, requestClass, upload, Streaming.UPLOAD, false));
            }
            if (plain != null) {
                return Optional.of(new OperationModel(service, requestClass, plain, Streaming.NONE, noArgumentForm));
            }
            if (toFile != null) {
                return Optional.of(new OperationModel(service, requestClass, toFile, Streaming.DOWNLOAD, false));
            }
            return Optional.empty();
        }

        private boolean hasNoArgumentMethod(String name) {
            try {
                service.client().getMethod(name);
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}

package labrepl.mirror;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * A structure of the model (a request, {@code KeySchemaElement}, {@code AttributeValue}): its
 * class, a way to build one, and its members in model order, read from {@link SdkPojo#sdkFields()}.
 */
final class ShapeModel {

    private final Class<?> pojoClass;
    private final Class<?> builderType;
    private final Supplier<SdkPojo> newBuilder;
    private final boolean json;
    private volatile List<MemberModel> members;
    private volatile List<java.lang.reflect.Method> builderMethods;

    private ShapeModel(Class<?> pojoClass, Class<?> builderType, Supplier<SdkPojo> newBuilder, boolean json) {
        this.pojoClass = pojoClass;
        this.builderType = builderType;
        this.newBuilder = newBuilder;
        this.json = json;
    }

    /** Shapes already read: a model class belongs to one service, so its class is enough of a key. */
    private static final java.util.Map<Class<?>, ShapeModel> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shape of {@code pojoClass}, whose static {@code builder()} makes an empty builder. */
    static ShapeModel of(Class<?> pojoClass, boolean json) {
        return READ.computeIfAbsent(pojoClass, type -> read(type, json));
    }

    private static ShapeModel read(Class<?> pojoClass, boolean json) {
        try {
            var builder = pojoClass.getMethod("builder");
            Supplier<SdkPojo> newBuilder = () -> {
                try {
                    return (SdkPojo) builder.invoke(null);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot build a " + pojoClass.getSimpleName(), e);
                }
            };
            return new ShapeModel(pojoClass, builder.getReturnType(), newBuilder, json);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(pojoClass + " has no builder()", e);
        }
    }

    Class<?> pojoClass() {
        return pojoClass;
    }

    /** The builder's public methods, read once (each reflective read copies them all). */
    List<java.lang.reflect.Method> builderMethods() {
        if (builderMethods == null) {
            builderMethods = List.of(builderType.getMethods());
        }
        return builderMethods;
    }

    SdkPojo newBuilder() {
        return newBuilder.get();
    }

    Object build(SdkPojo builder) {
        return ((SdkBuilder<?, ?>) builder).build();
    }

    boolean json() {
        return json;
    }

    List<MemberModel> members() {
        if (members == null) {
            List<MemberModel> found = new ArrayList<>();
            for (SdkField<?> field : newBuilder().sdkFields()) {
                found.add(new MemberModel(this, field));
            }
            members = found;
        }
        return members;
    }

    /** The member the CLI calls {@code key} in JSON or shorthand (case as in the model). */
    Optional<MemberModel> member(String key) {
        return members().stream().filter(m -> m.cliKey().equals(key)).findFirst();
    }

    String memberKeys() {
        return members().stream().map(MemberModel::cliKey).collect(Collectors.joining(", "));
    }

    String simpleName() {
        return pojoClass.getSimpleName();
    }

    @Override
    public String toString() {
        return simpleName().toLowerCase(Locale.ROOT);
    }
}

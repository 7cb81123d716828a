package labrepl.mirror;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes the Java a learner would type for a {@link CliCall}: the session's client, the operation's
 * method and a builder lambda, with consumer lambdas for nested structures, enum constants where
 * the SDK has them, {@code Map.of} and {@code List.of} for the rest, and files read the way the
 * lab's helpers read them.
 *
 * <pre>{@code
 * dynamodb.createTable(b -> b.tableName("LabCustomers")
 *         .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
 *         .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
 *         .billingMode(BillingMode.PAY_PER_REQUEST))
 * }</pre>
 */
final class JavaSourceWriter {

    private static final String DYNAMODB_ITEM_VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";
    private static final int MAP_OF_LIMIT = 10;

    private final MirrorSession session;
    private final CliCall call;
    private final Set<String> imports = new LinkedHashSet<>();
    private final List<String> statements = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();

    private JavaSourceWriter(MirrorSession session, CliCall call) {
        this.session = session;
        this.call = call;
    }

    /** The cell: imports it needs, statements that read files, then the call (as {@code var name =} when named). */
    static String write(MirrorSession session, CliCall call, String variable) {
        return new JavaSourceWriter(session, call).write(variable);
    }

    private String write(String variable) {
        OperationModel operation = call.operation();
        Class<?> client = operation.service().client();
        String receiver = session.clientVariable(client).orElseGet(() -> "client(" + use(client) + ".class)");
        String arguments = requestArgument(operation);
        switch (operation.streaming()) {
            case UPLOAD:
                String requestBody = use(software.amazon.awssdk.core.sync.RequestBody.class);
                arguments += ", " + call.bodyFile().map(f -> requestBody + ".fromFile(file(" + literal(f) + "))")
                        .orElse(requestBody + ".empty()");
                break;
            case DOWNLOAD:
                String out = "file(" + literal(call.outFile().orElseThrow()) + ")";
                statements.add(use(java.nio.file.Files.class) + ".deleteIfExists(" + out + ");");
                arguments += ", " + out;
                break;
            default:
                break;
        }
        String invocation = receiver + "." + operation.methodName() + "(" + arguments + ")";
        StringBuilder cell = new StringBuilder();
        imports.forEach(line -> cell.append(line).append('\n'));
        statements.forEach(line -> cell.append(line).append('\n'));
        cell.append(variable == null ? invocation : "var " + variable + " = " + invocation + ";");
        return cell.toString();
    }

    private String requestArgument(OperationModel operation) {
        String chain = chain(operation.request(), (SdkPojo) call.request(), Set.of("b"), "");
        if (chain.isEmpty()) {
            return operation.hasNoArgumentForm() && operation.streaming() == OperationModel.Streaming.NONE
                    ? "" : "b -> { }";
        }
        return "b -> b" + chain;
    }

    /**
     * {@code .a(..).b(..)} for the members of {@code pojo} that are set: the request's in the order
     * the command line gave them, a structure's in model order.
     */
    private String chain(ShapeModel shape, SdkPojo pojo, Set<String> scope, String path) {
        StringBuilder chain = new StringBuilder();
        List<MemberModel> members = new ArrayList<>(shape.members());
        if (path.isEmpty()) {
            members.sort(java.util.Comparator.comparingInt(m -> call.typed().contains(m.cliKey())
                    ? call.typed().indexOf(m.cliKey()) : Integer.MAX_VALUE));
        }
        for (MemberModel member : members) {
            Object value = member.valueIn(pojo);
            if (isAbsent(value)) {
                continue;
            }
            String memberPath = path.isEmpty() ? member.cliKey() : path + "." + member.cliKey();
            chain.append('.').append(setterCall(member, value, scope, memberPath));
        }
        return chain.toString();
    }

    static boolean isAbsent(Object value) {
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }

    private String setterCall(MemberModel member, Object value, Set<String> scope, String path) {
        Optional<String> fromFile = fileExpression(member, path);
        if (fromFile.isPresent()) {
            return member.setterName() + "(" + fromFile.get() + ")";
        }
        String name = member.setterName();
        switch (member.kind()) {
            case STRING:
                return name + "(" + member.enumType().flatMap(e -> constant(e, (String) value))
                        .orElse(literal((String) value)) + ")";
            case STRUCTURE:
                if (member.hasConsumerSetter()) {
                    return name + "(" + lambda(member.type().structure(), (SdkPojo) value, scope, name, path) + ")";
                }
                return name + "(" + expression(member.type(), value, scope, path) + ")";
            case LIST:
                return listSetter(member, (List<?>) value, scope, path);
            case MAP:
                // Keys are written as text; a map keyed by an enum (Lambda's endpoints) takes text through fooWithStrings.
                return member.stringsSetterName().orElse(name) + "(" + expression(member.type(), value, scope, path) + ")";
            default:
                return name + "(" + expression(member.type(), value, scope, path) + ")";
        }
    }

    private String listSetter(MemberModel member, List<?> values, Set<String> scope, String path) {
        ValueType element = member.type().element();
        String setter = member.setterName();
        if (element.kind() == MemberModel.Kind.STRUCTURE && member.hasConsumerSetter()) {
            ShapeModel shape = element.structure();
            return setter + "(" + values.stream().map(v -> lambda(shape, (SdkPojo) v, scope, setter, path))
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (element.kind() == MemberModel.Kind.STRING && member.enumType().isPresent()) {
            List<Optional<String>> constants = values.stream()
                    .map(v -> constant(member.enumType().get(), (String) v)).collect(Collectors.toList());
            if (constants.stream().allMatch(Optional::isPresent)) {
                return setter + "(" + constants.stream().map(Optional::get).collect(Collectors.joining(", ")) + ")";
            }
        }
        String name = element.kind() == MemberModel.Kind.STRING && member.enumType().isPresent()
                ? member.stringsSetterName().orElse(setter) : setter;
        String elements = values.stream().map(v -> expression(element, v, scope, path))
                .collect(Collectors.joining(", "));
        return member.hasVarargsSetter() ? name + "(" + elements + ")" : name + "(List.of(" + elements + "))";
    }

    /** {@code k -> k.attributeName("ID")...}, named after the member, never shadowing an outer lambda's. */
    private String lambda(ShapeModel shape, SdkPojo value, Set<String> scope, String memberName, String path) {
        String base = memberName.substring(0, 1).toLowerCase(Locale.ROOT);
        String parameter = base;
        for (int i = 2; scope.contains(parameter); i++) {
            parameter = base + i;
        }
        Set<String> inner = new HashSet<>(scope);
        inner.add(parameter);
        String chain = chain(shape, value, inner, path);
        return parameter + " -> " + (chain.isEmpty() ? "{ }" : parameter + chain);
    }

    private String expression(ValueType type, Object value, Set<String> scope, String path) {
        switch (type.kind()) {
            case STRING:
                return literal((String) value);
            case INTEGER:
                return value.toString();
            case LONG:
                return value + "L";
            case SHORT:
                return "(short) " + value;
            case BYTE:
                return "(byte) " + value;
            case FLOAT:
                return value + "f";
            case DOUBLE:
                return Double.toString((Double) value);
            case BIG_DECIMAL:
                return "new " + use(BigDecimal.class) + "(" + literal(((BigDecimal) value).toPlainString()) + ")";
            case BOOLEAN:
                return value.toString();
            case INSTANT:
                return use(Instant.class) + ".parse(" + literal(value.toString()) + ")";
            case BYTES:
                return bytes((SdkBytes) value);
            case LIST:
                return "List.of(" + ((List<?>) value).stream().map(v -> expression(type.element(), v, scope, path))
                        .collect(Collectors.joining(", ")) + ")";
            case MAP:
                return map(type, (Map<?, ?>) value, scope, path);
            case STRUCTURE:
                return structure(type.structure(), (SdkPojo) value, scope, path);
            default:
                throw new MirrorException(path + ": documents are not mirrored yet.");
        }
    }

    private String map(ValueType type, Map<?, ?> map, Set<String> scope, String path) {
        List<String> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(literal(String.valueOf(k)) + ", " + expression(type.mapValue(), v, scope, path)));
        if (entries.size() <= MAP_OF_LIMIT) {
            return "Map.of(" + String.join(", ", entries) + ")";
        }
        return entries.stream().map(e -> "Map.entry(" + e + ")").collect(Collectors.joining(", ", "Map.ofEntries(", ")"));
    }

    /** A structure outside a builder: {@code AttributeValue.fromS("x")} where the class has such a factory. */
    private String structure(ShapeModel shape, SdkPojo value, Set<String> scope, String path) {
        String type = use(shape.pojoClass());
        List<MemberModel> set = shape.members().stream().filter(m -> !isAbsent(m.valueIn(value)))
                .collect(Collectors.toList());
        if (set.size() == 1) {
            MemberModel only = set.get(0);
            Optional<Method> factory = factory(shape.pojoClass(), only);
            if (factory.isPresent()) {
                return type + "." + factory.get().getName() + "("
                        + expression(only.type(), only.valueIn(value), scope, path) + ")";
            }
        }
        return type + ".builder()" + chain(shape, value, scope, path) + ".build()";
    }

    private static Optional<Method> factory(Class<?> pojoClass, MemberModel member) {
        String name = "from" + member.memberName().substring(0, 1).toUpperCase(Locale.ROOT)
                + member.memberName().substring(1).toLowerCase(Locale.ROOT);
        for (Method method : pojoClass.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getName().equalsIgnoreCase(name)
                    && method.getParameterCount() == 1) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** How a member read from a file is written: the lab's {@code itemFromFile}, or a variable read first. */
    private Optional<String> fileExpression(MemberModel member, String path) {
        CliCall.FileSource source = call.fromFiles().get(path);
        if (source == null) {
            return Optional.empty();
        }
        String file = "file(" + literal(source.name()) + ")";
        if (member.kind() == MemberModel.Kind.MAP && member.type().mapValue().kind() == MemberModel.Kind.STRUCTURE
                && member.type().mapValue().structure().pojoClass().getName().equals(DYNAMODB_ITEM_VALUE)) {
            return Optional.of("itemFromFile(" + literal(source.name()) + ")");
        }
        if (member.kind() == MemberModel.Kind.STRING) {
            return Optional.of(declare(member, use(java.nio.file.Files.class) + ".readString(" + file + ")"));
        }
        if (member.kind() == MemberModel.Kind.BYTES) {
            return Optional.of(declare(member, use(SdkBytes.class) + ".fromByteArray(" + use(java.nio.file.Files.class)
                    + ".readAllBytes(" + file + "))"));
        }
        return Optional.empty();
    }

    /** Declares {@code var policy = ...;} before the call (lambdas cannot throw IOException) and returns its name. */
    private String declare(MemberModel member, String initialiser) {
        String base = member.setterName();
        String name = base;
        for (int i = 2; session.hasVariable(name) || declared.contains(name); i++) {
            name = base + i;
        }
        declared.add(name);
        statements.add("var " + name + " = " + initialiser + ";");
        return name;
    }

    private String bytes(SdkBytes value) {
        String sdkBytes = use(SdkBytes.class);
        byte[] raw = value.asByteArrayUnsafe();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
            if (text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                return sdkBytes + ".fromUtf8String(" + literal(text) + ")";
            }
        } catch (CharacterCodingException notText) {
            // Falls through to base64.
        }
        return sdkBytes + ".fromByteArray(" + use(Base64.class) + ".getDecoder().decode(" + literal(Base64.getEncoder().encodeToString(raw)) + "))";
    }

    /** {@code KeyType.HASH} for {@code "HASH"}, when the enum has that value. */
    private Optional<String> constant(Class<?> enumType, String value) {
        for (Object constant : enumType.getEnumConstants()) {
            if (constant.toString().equals(value) && !((Enum<?>) constant).name().equals("UNKNOWN_TO_SDK_VERSION")) {
                return Optional.of(use(enumType) + "." + ((Enum<?>) constant).name());
            }
        }
        return Optional.empty();
    }

    /** The name to write for {@code type}: its simple name, imported first if need be, or its full name where the simple one means another class. */
    private String use(Class<?> type) {
        if (session.imports(type)) {
            return type.getSimpleName();
        }
        if (session.clashes(type)) {
            return type.getCanonicalName();
        }
        imports.add("import " + type.getCanonicalName() + ";");
        return type.getSimpleName();
    }

    static String literal(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"':
                    quoted.append("\\\"");
                    break;
                case '\\':
                    quoted.append("\\\\");
                    break;
                case '\n':
                    quoted.append("\\n");
                    break;
                case '\r':
                    quoted.append("\\r");
                    break;
                case '\t':
                    quoted.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }
}

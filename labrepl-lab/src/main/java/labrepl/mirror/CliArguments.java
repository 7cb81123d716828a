package labrepl.mirror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Reads an operation's options as the AWS CLI reads them into the SDK request: {@code --flag} and
 * {@code --no-flag} for booleans, one word for a scalar, every word up to the next option for a list,
 * JSON or shorthand for structures and maps, {@code file://} and {@code fileb://} for any of them.
 */
final class CliArguments {

    private static final String FILE = "file://";
    private static final String FILE_BINARY = "fileb://";

    private final OperationModel operation;
    private final Path workingFolder;
    private final CliValues values;
    private final Map<String, CliCall.FileSource> fromFiles = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final List<String> typed = new ArrayList<>();
    private Optional<String> bodyFile = Optional.empty();

    private CliArguments(OperationModel operation, Path workingFolder, CliValues.BinaryFormat binaryFormat) {
        this.operation = operation;
        this.workingFolder = workingFolder;
        this.values = new CliValues(binaryFormat);
    }

    static CliCall read(OperationModel operation, CliCommandLine line, Path workingFolder, List<String> notes) {
        CliValues.BinaryFormat format = line.global("cli-binary-format").filter("raw-in-base64-out"::equals)
                .map(f -> CliValues.BinaryFormat.RAW).orElse(CliValues.BinaryFormat.BASE64);
        return new CliArguments(operation, workingFolder, format).read(line, notes);
    }

    private CliCall read(CliCommandLine line, List<String> notes) {
        ShapeModel shape = operation.request();
        SdkPojo builder = shape.newBuilder();
        positionals.addAll(line.positionals());
        for (CliCommandLine.Option option : line.options()) {
            apply(shape, builder, option);
        }
        Optional<String> outFile = Optional.empty();
        if (operation.streaming() == OperationModel.Streaming.DOWNLOAD) {
            if (positionals.isEmpty()) {
                throw new MirrorException("aws " + operation.service().cliName() + " " + operation.cliName()
                        + " writes the body to a file: name it after the options, e.g. ... out.html");
            }
            outFile = Optional.of(positionals.remove(0));
        }
        if (!positionals.isEmpty()) {
            throw new MirrorException("Unexpected " + String.join(" ", positionals) + ": every value follows"
                    + " its --option.");
        }
        return new CliCall(operation, (SdkRequest) shape.build(builder), typed, fromFiles, bodyFile, outFile, notes);
    }

    private void apply(ShapeModel shape, SdkPojo builder, CliCommandLine.Option option) {
        String name = option.name();
        if (operation.streaming() == OperationModel.Streaming.UPLOAD && name.equals("body")) {
            bodyFile = Optional.of(single(option));
            return;
        }
        Optional<CliCustomizations.Hoist> hoist = CliCustomizations.hoist(operation)
                .filter(h -> h.option().equals(name));
        if (hoist.isPresent()) {
            applyHoisted(shape, builder, hoist.get(), single(option));
            return;
        }
        Optional<MemberModel> member = memberOf(shape, name);
        boolean negated = member.isEmpty() && name.startsWith("no-");
        if (negated) {
            member = memberOf(shape, name.substring(3)).filter(m -> m.kind() == MemberModel.Kind.BOOLEAN);
        }
        MemberModel target = member.orElseThrow(() -> new MirrorException("aws " + operation.service().cliName()
                + " " + operation.cliName() + " has no option --" + name + ". Its options: " + options(shape) + "."));
        String where = "--" + name;
        typed.add(target.cliKey());
        switch (target.kind()) {
            case BOOLEAN:
                target.setIn(builder, !negated);
                positionals.addAll(option.words());
                break;
            case LIST:
                target.setIn(builder, values.convert(target.type(), listWords(target, option, where), where));
                break;
            case STRUCTURE:
            case MAP:
                target.setIn(builder, values.convert(target.type(), complex(target, single(option), where), where));
                break;
            default:
                target.setIn(builder, values.convert(target.type(), scalar(target, single(option)), where));
                break;
        }
    }

    private void applyHoisted(ShapeModel shape, SdkPojo builder, CliCustomizations.Hoist hoist, String word) {
        MemberModel structure = shape.member(hoist.structureMember()).orElseThrow();
        ShapeModel inner = structure.type().structure();
        MemberModel member = inner.member(hoist.member()).orElseThrow();
        typed.add(structure.cliKey());
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put(hoist.member(), scalar(member, word, hoist.structureMember() + "." + hoist.member()));
        structure.setIn(builder, values.structure(inner, raw, "--" + hoist.option()));
    }

    private Optional<MemberModel> memberOf(ShapeModel shape, String option) {
        return shape.members().stream()
                .filter(m -> CliCustomizations.option(operation, m.cliOption()).equals(option))
                .findFirst();
    }

    private String options(ShapeModel shape) {
        List<String> names = new ArrayList<>();
        shape.members().forEach(m -> names.add("--" + CliCustomizations.option(operation, m.cliOption())));
        if (operation.streaming() == OperationModel.Streaming.UPLOAD) {
            names.add("--body");
        }
        return String.join(", ", names);
    }

    /** The option's value; the words after it belong to nothing (a download's file, say). */
    private String single(CliCommandLine.Option option) {
        if (option.words().isEmpty()) {
            throw new MirrorException("--" + option.name() + " needs a value.");
        }
        positionals.addAll(option.words().subList(1, option.words().size()));
        return option.words().get(0);
    }

    private Object scalar(MemberModel member, String word) {
        return scalar(member, word, member.cliKey());
    }

    /** A scalar word; {@code file://} gives the file's text, {@code fileb://} its bytes (for blobs). */
    private Object scalar(MemberModel member, String word, String path) {
        if (word.startsWith(FILE_BINARY)) {
            String name = word.substring(FILE_BINARY.length());
            fromFiles.put(path, new CliCall.FileSource(name, true));
            byte[] bytes = readBytes(name);
            return member.kind() == MemberModel.Kind.BYTES ? bytes : new String(bytes, StandardCharsets.UTF_8);
        }
        if (word.startsWith(FILE)) {
            String name = word.substring(FILE.length());
            fromFiles.put(path, new CliCall.FileSource(name, false));
            return new String(readBytes(name), StandardCharsets.UTF_8);
        }
        return word;
    }

    private Object complex(MemberModel member, String word, String where) {
        if (word.startsWith(FILE) || word.startsWith(FILE_BINARY)) {
            String text = String.valueOf(scalar(member, word));
            return CliValues.jsonOrShorthand(text, where + " (" + word + ")");
        }
        return CliValues.jsonOrShorthand(word, where);
    }

    /** A list: one JSON array, or one word per element (a word of commas splits, for scalars). */
    private Object listWords(MemberModel member, CliCommandLine.Option option, String where) {
        if (option.words().isEmpty()) {
            throw new MirrorException(where + " needs at least one value.");
        }
        String first = option.words().get(0);
        if (option.words().size() == 1 && (first.strip().startsWith("[") || first.startsWith(FILE))) {
            return complex(member, first, where);
        }
        boolean structures = member.type().element().kind() == MemberModel.Kind.STRUCTURE
                || member.type().element().kind() == MemberModel.Kind.MAP;
        List<Object> elements = new ArrayList<>();
        for (String word : option.words()) {
            if (structures) {
                elements.add(CliValues.jsonOrShorthand(word, where));
            } else if (option.words().size() == 1 && word.contains(",")) {
                elements.addAll(List.of(word.split(",")));
            } else {
                elements.add(word);
            }
        }
        return elements;
    }

    private byte[] readBytes(String name) {
        Path file = workingFolder.resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MirrorException("No file " + name + " in " + file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new MirrorException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}

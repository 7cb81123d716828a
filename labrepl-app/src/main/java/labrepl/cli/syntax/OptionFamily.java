package labrepl.cli.syntax;

import java.util.List;

/**
 * Options that differ only by a word after a common prefix, listed once in help:
 * {@code --endpoint-SERVICE=URL} for {@code --endpoint-dynamodb}, {@code --endpoint-s3}, ... Each
 * member is an option of its own on the command line.
 *
 * @param prefix      what every member starts with, e.g. {@code --endpoint-}
 * @param placeholder what help writes for the word, e.g. {@code SERVICE}
 * @param members     the words, e.g. {@code dynamodb}, {@code s3}
 */
public record OptionFamily(String prefix, String placeholder, List<String> members, String valueLabel,
                           String description) {

    public OptionFamily {
        members = List.copyOf(members);
    }

    /** One valued option per member, e.g. {@code --endpoint-dynamodb=URL}. */
    List<Option> options() {
        return members.stream().map(member -> Option.valued(prefix + member, valueLabel, description)).toList();
    }

    /** How usage help writes the family: {@code --endpoint-SERVICE=URL}. */
    String synopsis() {
        return prefix + placeholder + "=" + valueLabel;
    }
}

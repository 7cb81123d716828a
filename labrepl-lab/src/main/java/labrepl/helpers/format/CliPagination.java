package labrepl.helpers.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS CLI prints a paginated operation's merged result: its result keys, then its
 * non-aggregate keys (null when absent), nothing else. That is why {@code aws dynamodb scan}
 * shows {@code "ConsumedCapacity": null}. The table comes from botocore's paginator models.
 */
final class CliPagination {

    private static final Map<String, CliPagination> BY_RESPONSE_CLASS = load();

    private final List<String> resultKeys;
    private final List<String> nonAggregateKeys;
    private final List<String> pageTokens;

    private CliPagination(List<String> resultKeys, List<String> nonAggregateKeys, List<String> pageTokens) {
        this.resultKeys = resultKeys;
        this.nonAggregateKeys = nonAggregateKeys;
        this.pageTokens = pageTokens;
    }

    static Optional<CliPagination> forResponse(Class<?> responseClass) {
        return Optional.ofNullable(BY_RESPONSE_CLASS.get(responseClass.getName()));
    }

    /**
     * The members as the CLI prints them. A page token is kept when present: the CLI would have
     * fetched the next pages, a single SDK page should say there are more.
     */
    Map<String, Object> shape(Map<String, Object> members) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        for (String key : resultKeys) {
            if (members.containsKey(key)) {
                shaped.put(key, members.get(key));
            }
        }
        for (String key : nonAggregateKeys) {
            shaped.put(key, members.get(key));
        }
        for (String key : pageTokens) {
            if (members.containsKey(key)) {
                shaped.put(key, members.get(key));
            }
        }
        return shaped;
    }

    private static Map<String, CliPagination> load() {
        Map<String, CliPagination> table = new HashMap<>();
        try (InputStream in = CliPagination.class.getResourceAsStream("/labrepl/helpers/cli-pagination.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                table.put(columns[0], new CliPagination(names(columns[1]), names(columns[2]), names(columns[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LabREPL's jar is damaged: cannot read cli-pagination.tsv", e);
        }
        return table;
    }

    private static List<String> names(String column) {
        return column.equals("-") ? List.of() : List.of(column.split(","));
    }
}

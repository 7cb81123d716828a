package labrepl.check.lab1;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import labrepl.check.Check;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Task 2 of Lab 1: the table LabCustomers and the customers in it. */
public final class TableChecks {

    public static final String TABLE = "LabCustomers";
    static final String KEY = "ID";
    /** How many items a check reads to find a customer stored under the wrong id; the lab's table has a handful. */
    private static final int SCAN_LIMIT = 200;

    private TableChecks() {
    }

    static Verdict table(TargetReader target) {
        TableDescription table;
        try {
            table = target.dynamodb().describeTable(b -> b.tableName(TABLE)).table();
        } catch (ResourceNotFoundException e) {
            List<String> similar = target.dynamodb().listTables().tableNames().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).contains("customer")).toList();
            if (!similar.isEmpty()) {
                return Verdict.failed("there is no table LabCustomers but there is " + String.join(", ", similar)
                        + ": table names are case sensitive, and the functions of the next labs read LabCustomers");
            }
            return Verdict.failed("there is no table LabCustomers in " + target.region()
                    + "; create it with the partition key ID of type String");
        }
        String hash = keyOf(table, KeyType.HASH).orElse("");
        if (!hash.equals(KEY)) {
            return Verdict.failed("the table's partition key is " + hash + ", not ID (key names are case"
                    + " sensitive); a key cannot be changed, so delete the table and create it again with ID");
        }
        String type = table.attributeDefinitions().stream().filter(a -> a.attributeName().equals(KEY))
                .map(AttributeDefinition::attributeTypeAsString).findFirst().orElse("");
        if (!type.equals("S")) {
            return Verdict.failed("the partition key ID is of type " + type + ", but customer ids such as ABC123"
                    + " are Strings (S); delete the table and create it again with ID as a String");
        }
        Optional<String> sortKey = keyOf(table, KeyType.RANGE);
        if (sortKey.isPresent()) {
            return Verdict.failed("the table also has the sort key " + sortKey.get() + ", so a customer cannot be"
                    + " read by ID alone; create it again with the partition key ID only");
        }
        return Verdict.passed();
    }

    private static Optional<String> keyOf(TableDescription table, KeyType type) {
        return table.keySchema().stream().filter(k -> k.keyType() == type).map(KeySchemaElement::attributeName)
                .findFirst();
    }

    /** A check that the customer {@code id} is in the table with these names, as the lab adds them. */
    public static Check.Probe customer(String id, String firstname, String lastname) {
        return customer(id, firstname, lastname, "add " + firstname + " " + lastname + " with that ID");
    }

    /** The same, with what the learner does to add the customer when it is missing. */
    public static Check.Probe customer(String id, String firstname, String lastname, String howToAdd) {
        return target -> {
            try {
                return customerVerdict(target, id, Map.of("firstname", firstname, "lastname", lastname), howToAdd);
            } catch (ResourceNotFoundException e) {
                return Verdict.failed("there is no table LabCustomers in " + target.region() + " to keep customer "
                        + id + "; Lab 1 makes it");
            }
        };
    }

    private static Verdict customerVerdict(TargetReader target, String id, Map<String, String> wanted,
            String howToAdd) {
        Map<String, AttributeValue> item = target.dynamodb().getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(id)))).item();
        String who = wanted.get("firstname") + " " + wanted.get("lastname");
        if (item == null || item.isEmpty()) {
            return Verdict.failed(storedElsewhere(target, wanted)
                    .map(other -> "there is no customer with ID " + id + ", but " + who + " is there with ID \""
                            + other + "\"; IDs are case sensitive, so add " + who + " with ID " + id)
                    .orElse("there is no customer with ID " + id + "; " + howToAdd));
        }
        for (String attribute : List.of("firstname", "lastname")) {
            Optional<String> problem = attributeProblem(id, item, attribute, wanted.get(attribute));
            if (problem.isPresent()) {
                return Verdict.failed(problem.get());
            }
        }
        return Verdict.passed();
    }

    private static Optional<String> attributeProblem(String id, Map<String, AttributeValue> item, String attribute,
            String wanted) {
        AttributeValue value = item.get(attribute);
        if (value == null) {
            return Optional.of(item.keySet().stream().filter(name -> plain(name).equals(attribute)).findFirst()
                    .map(name -> "customer " + id + " keeps \"" + wanted + "\" under " + name + ", but the page and"
                            + " the functions read " + attribute + " (attribute names are case sensitive)")
                    .orElse("customer " + id + " has no attribute " + attribute + "; it should be the String \""
                            + wanted + "\""));
        }
        if (value.s() == null) {
            return Optional.of("customer " + id + "'s " + attribute + " is not a String (S); it should be the String \""
                    + wanted + "\"");
        }
        if (!value.s().equals(wanted)) {
            return Optional.of("customer " + id + "'s " + attribute + " is \"" + value.s() + "\"; the lab's is \""
                    + wanted + "\"");
        }
        return Optional.empty();
    }

    /** The ID under which an item with these names is stored, if one is: the id typed differently. */
    private static Optional<String> storedElsewhere(TargetReader target, Map<String, String> wanted) {
        return target.dynamodb().scan(b -> b.tableName(TABLE).limit(SCAN_LIMIT)).items().stream()
                .filter(item -> wanted.entrySet().stream().allMatch(entry -> item.entrySet().stream()
                        .anyMatch(attribute -> plain(attribute.getKey()).equals(entry.getKey())
                                && entry.getValue().equalsIgnoreCase(attribute.getValue().s()))))
                .map(item -> item.get(KEY)).filter(key -> key != null && key.s() != null).map(AttributeValue::s)
                .findFirst();
    }

    /** An attribute name with case and separators ignored: FirstName, first_name and firstName are firstname. */
    private static String plain(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}

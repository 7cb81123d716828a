package labrepl.cloud.s3.policy;

import java.util.List;

/**
 * One condition of a statement: an operator, a key and the values it allows.
 * A statement's conditions must all hold; a condition holds when the request's value
 * matches any of the values (or, for a Not… operator, none of them).
 *
 * @param ifExists  {@code …IfExists}: a request without the key satisfies the condition
 * @param forAll    {@code ForAllValues:}: a request without the key satisfies the condition
 */
record Condition(ConditionOperator operator, boolean ifExists, boolean forAll, String key, List<String> values) {

    boolean holds(AccessRequest request) {
        String value = request.value(key);
        if (operator == ConditionOperator.NULL) {
            return values.stream().anyMatch(wanted -> Boolean.parseBoolean(wanted) == (value == null));
        }
        if (value == null) {
            return ifExists || forAll || operator.negated();
        }
        boolean matched = values.stream().anyMatch(wanted -> operator.positiveMatch(value, wanted));
        return operator.negated() != matched;
    }

    /** A request without the key satisfies this condition, so it confines nothing. */
    boolean satisfiedWithoutKey() {
        return ifExists || forAll || operator.negated() || operator == ConditionOperator.NULL;
    }
}

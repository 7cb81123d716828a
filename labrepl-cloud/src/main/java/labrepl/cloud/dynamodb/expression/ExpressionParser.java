package labrepl.cloud.dynamodb.expression;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import labrepl.cloud.dynamodb.item.Value;

/**
 * A recursive-descent parser for DynamoDB's expression grammar. Precedence, loosest first:
 * OR, AND, NOT, then comparisons, BETWEEN, IN and functions; parentheses group.
 *
 * <pre>
 * condition  := and ("OR" and)*
 * and        := not ("AND" not)*
 * not        := "NOT" not | primary
 * primary    := "(" condition ")" | operand (comparator operand | "BETWEEN" operand "AND" operand
 *               | "IN" "(" operand ("," operand)* ")")? -- a bare operand must be a function
 * operand    := "(" operand ")" | :value | name "(" operand ("," operand)* ")" | path
 * path       := (name | #name) ("." (name | #name) | "[" digits "]")*
 * update     := (("SET" set ("," set)*) | ("REMOVE" path ("," path)*)
 *               | ("ADD" | "DELETE") path :value ("," path :value)*)+
 * set        := path "=" operand (("+" | "-") operand)?
 * projection := path ("," path)*
 * </pre>
 *
 * Syntax errors stop the parse at once, naming the token; other mistakes (reserved words,
 * undefined placeholders, …) are collected so the most important one is reported.
 */
public final class ExpressionParser {

    private static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");
    private static final List<String> CONDITION_KEYWORDS = List.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final List<String> SECTIONS = List.of("SET", "REMOVE", "ADD", "DELETE");
    private static final int MAX_PATH_DEPTH = 32;
    private static final int MAX_EXPRESSION_BYTES = 4096;
    private static final int MAX_OPERATORS = 300;
    private static final int MAX_IN_OPERANDS = 100;

    private final String member;
    private final String text;
    private final List<Token> tokens;
    private final ExpressionAttributes attributes;
    private final Problems problems;
    /** Conditions and operands that were written inside parentheses, to spot "((x))". */
    private final Set<Object> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    private int position;
    private int operators;

    private ExpressionParser(String member, String text, ExpressionAttributes attributes, List<Problems.Kind> order) {
        if (text.isEmpty()) {
            throw Problems.invalid(member, "The expression can not be empty;");
        }
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            // DynamoDB states the size for conditions and filters only.
            boolean stated = member.equals("ConditionExpression") || member.equals("FilterExpression");
            throw Problems.invalid(member, "Expression size has exceeded the maximum allowed size;"
                    + (stated ? " expression size: " + size : ""));
        }
        this.member = member;
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.attributes = attributes;
        this.problems = new Problems(order);
    }

    /** Counts one operator or function against DynamoDB's limit per expression. */
    private void countOperator() {
        operators++;
        if (operators > MAX_OPERATORS) {
            throw Problems.invalid(member, "The expression contains too many operators; operator count: " + operators);
        }
    }

    /** A ConditionExpression, FilterExpression or KeyConditionExpression; {@code member} names it in messages. */
    public static Condition condition(String member, String text, ExpressionAttributes attributes) {
        ExpressionParser parser = new ExpressionParser(member, text, attributes, Problems.CONDITION_ORDER);
        try {
            Condition condition = parser.or();
            parser.expectEnd();
            ExpressionChecks.checkCondition(condition, parser.problems);
            parser.problems.throwIfAny(member);
            return condition;
        } catch (ExpressionSyntaxError e) {
            throw e.error();
        }
    }

    public static List<UpdateAction> update(String text, ExpressionAttributes attributes) {
        ExpressionParser parser = new ExpressionParser("UpdateExpression", text, attributes, Problems.UPDATE_ORDER);
        try {
            List<UpdateAction> actions = parser.updateSections();
            parser.expectEnd();
            ExpressionChecks.checkUpdate(actions, parser.problems);
            parser.problems.throwIfAny("UpdateExpression");
            return actions;
        } catch (ExpressionSyntaxError e) {
            throw e.error();
        }
    }

    public static List<Path> projection(String text, ExpressionAttributes attributes) {
        ExpressionParser parser = new ExpressionParser("ProjectionExpression", text, attributes,
                Problems.PROJECTION_ORDER);
        try {
            List<Path> paths = new ArrayList<>();
            do {
                paths.add(parser.path());
            } while (parser.accept(","));
            parser.expectEnd();
            ExpressionChecks.checkPaths(paths, parser.problems);
            parser.problems.throwIfAny("ProjectionExpression");
            return paths;
        } catch (ExpressionSyntaxError e) {
            throw e.error();
        }
    }

    // ---- conditions

    private Condition or() {
        Condition condition = and();
        while (peek().isKeyword("OR")) {
            position++;
            countOperator();
            condition = new Condition.Or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (peek().isKeyword("AND")) {
            position++;
            countOperator();
            condition = new Condition.And(condition, not());
        }
        return condition;
    }

    private Condition not() {
        if (peek().isKeyword("NOT")) {
            position++;
            countOperator();
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (peek().is("(")) {
            int mark = position;
            try {
                position++;
                Condition inner = or();
                expect(")");
                if (!startsComparison(peek())) {
                    markParenthesized(inner);
                    return inner;
                }
            } catch (ExpressionSyntaxError notACondition) {
                // "(a) = :v" or "(size(a)) > :v": the parentheses hold an operand instead
            }
            position = mark;
        }
        Operand left = operand();
        Token next = peek();
        if (next.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(next.text())) {
            position++;
            countOperator();
            return new Condition.Comparison(next.text(), left, operand());
        }
        if (next.isKeyword("BETWEEN")) {
            position++;
            countOperator();
            Operand lower = operand();
            expectKeyword("AND");
            return new Condition.Between(left, lower, operand());
        }
        if (next.isKeyword("IN")) {
            position++;
            countOperator();
            expect("(");
            List<Operand> candidates = new ArrayList<>();
            do {
                candidates.add(operand());
            } while (accept(","));
            expect(")");
            if (candidates.size() > MAX_IN_OPERANDS) {
                throw Problems.invalid(member, "The IN operator is provided with too many operands; number of operands: "
                        + candidates.size());
            }
            return new Condition.In(left, candidates);
        }
        if (left instanceof Operand.FunctionCall call) {
            return new Condition.FunctionCondition(call);
        }
        throw syntaxError(next);
    }

    private static boolean startsComparison(Token token) {
        return (token.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(token.text()))
                || token.isKeyword("BETWEEN") || token.isKeyword("IN");
    }

    private void markParenthesized(Object node) {
        if (!parenthesized.add(node)) {
            problems.add(Problems.Kind.PARENTHESES, "The expression has redundant parentheses;");
        }
    }

    // ---- operands

    private Operand operand() {
        Token token = peek();
        if (token.is("(")) {
            position++;
            Operand inner = operand();
            expect(")");
            markParenthesized(inner);
            if (inner instanceof Operand.PathOperand grouped && (peek().is(".") || peek().is("["))) {
                return new Operand.PathOperand(pathContinued(new ArrayList<>(grouped.path().elements())));
            }
            return inner;
        }
        if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            position++;
            Value value = attributes.value(token.text());
            if (value == null) {
                problems.add(Problems.Kind.UNDEFINED_VALUE, "An expression attribute value used in expression is not defined; "
                        + "attribute value: " + token.text());
            }
            return new Operand.ValueOperand(token.text(), value);
        }
        if (token.kind() == Token.Kind.NAME && lookAhead(1).is("(") && !isKeyword(token)) {
            position += 2;
            countOperator();
            List<Operand> arguments = new ArrayList<>();
            do {
                arguments.add(operand());
            } while (accept(","));
            expect(")");
            return new Operand.FunctionCall(token.text(), arguments);
        }
        return new Operand.PathOperand(path());
    }

    /** An operand with an optional + or -, as SET allows, the whole in parentheses or not. */
    private Operand setValue() {
        if (peek().is("(")) {
            int mark = position;
            try {
                position++;
                Operand inner = sum();
                if (accept(")") && !peek().is("+") && !peek().is("-")) {
                    return inner;
                }
            } catch (ExpressionSyntaxError notAWholeValue) {
                // "(a) + b": the parentheses hold only the first operand
            }
            position = mark;
        }
        return sum();
    }

    private Operand sum() {
        Operand left = operand();
        if (peek().is("+") || peek().is("-")) {
            char operator = next().text().charAt(0);
            countOperator();
            return new Operand.Arithmetic(operator, left, operand());
        }
        return left;
    }

    private Path path() {
        List<Path.Element> elements = new ArrayList<>();
        elements.add(new Path.Key(pathName()));
        return pathContinued(elements);
    }

    /** The rest of a path ({@code .name} and {@code [index]} steps) after the elements read so far. */
    private Path pathContinued(List<Path.Element> elements) {
        while (true) {
            if (accept(".")) {
                elements.add(new Path.Key(pathName()));
            } else if (peek().is("[")) {
                position++;
                Token index = peek();
                if (index.kind() != Token.Kind.NUMBER || index.text().length() > 9) {
                    throw syntaxError(index);
                }
                position++;
                expect("]");
                elements.add(new Path.Index(Integer.parseInt(index.text())));
            } else {
                break;
            }
        }
        if (elements.size() > MAX_PATH_DEPTH) {
            throw Problems.invalid(member, "The document path has too many nesting levels; nesting levels: "
                    + elements.size());
        }
        return new Path(elements);
    }

    private String pathName() {
        Token token = peek();
        if (token.kind() == Token.Kind.NAME && !isKeyword(token)) {
            position++;
            if (ReservedWords.isReserved(token.text())) {
                problems.add(Problems.Kind.RESERVED_WORD,
                        "Attribute name is a reserved keyword; reserved keyword: " + token.text());
            }
            return token.text();
        }
        if (token.kind() == Token.Kind.NAME_PLACEHOLDER) {
            position++;
            String name = attributes.name(token.text());
            if (name == null) {
                problems.add(Problems.Kind.UNDEFINED, "An expression attribute name used in the document path is not "
                        + "defined; attribute name: " + token.text());
                return token.text();
            }
            return name;
        }
        throw syntaxError(token);
    }

    /** The words this kind of expression keeps for itself: they cannot name an attribute or a function. */
    private boolean isKeyword(Token token) {
        List<String> keywords = member.equals("UpdateExpression") ? SECTIONS
                : member.equals("ProjectionExpression") ? List.of() : CONDITION_KEYWORDS;
        return token.kind() == Token.Kind.NAME && keywords.contains(token.text().toUpperCase(Locale.ROOT));
    }

    // ---- update expressions

    private List<UpdateAction> updateSections() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        do {
            Token keyword = next();
            String section = keyword.kind() == Token.Kind.NAME ? keyword.text().toUpperCase(Locale.ROOT) : "";
            if (!SECTIONS.contains(section)) {
                throw syntaxError(keyword, position - 1);
            }
            if (!seen.add(section)) {
                problems.add(Problems.Kind.SECTION,
                        "The \"" + section + "\" section can only be used once in an update expression;");
            }
            do {
                actions.add(action(section));
            } while (accept(","));
        } while (peek().kind() != Token.Kind.END);
        return actions;
    }

    private UpdateAction action(String section) {
        Path path = path();
        switch (section) {
            case "SET":
                expect("=");
                return new UpdateAction.Set(path, setValue());
            case "REMOVE":
                return new UpdateAction.Remove(path);
            default:
                if (peek().kind() != Token.Kind.VALUE_PLACEHOLDER) {
                    throw syntaxError(peek());
                }
                Operand.ValueOperand value = (Operand.ValueOperand) operand();
                return section.equals("ADD") ? new UpdateAction.Add(path, value) : new UpdateAction.Delete(path, value);
        }
    }

    // ---- tokens

    private Token peek() {
        return tokens.get(position);
    }

    private Token lookAhead(int offset) {
        return tokens.get(Math.min(position + offset, tokens.size() - 1));
    }

    private Token next() {
        Token token = peek();
        if (token.kind() != Token.Kind.END) {
            position++;
        }
        return token;
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw syntaxError(peek());
        }
    }

    private void expectKeyword(String keyword) {
        if (!peek().isKeyword(keyword)) {
            throw syntaxError(peek());
        }
        position++;
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw syntaxError(peek());
        }
    }

    private ExpressionSyntaxError syntaxError(Token token) {
        return syntaxError(token, position);
    }

    /**
     * DynamoDB's syntax error: the offending token, and the text "near" it, from the token
     * before it to the token after it.
     */
    private ExpressionSyntaxError syntaxError(Token token, int at) {
        int index = tokens.indexOf(token) >= 0 ? tokens.indexOf(token) : at;
        int from = tokens.get(Math.max(0, index - 1)).start();
        int to = tokens.get(Math.min(tokens.size() - 1, index + 1)).end();
        String near = text.substring(from, Math.max(from, to));
        return new ExpressionSyntaxError(Problems.invalid(member,
                "Syntax error; token: \"" + token.shown() + "\", near: \"" + near + "\""));
    }
}

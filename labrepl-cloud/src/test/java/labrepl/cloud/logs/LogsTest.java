package labrepl.cloud.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

@WithLocalCloud
class LogsTest {

    @Test
    void eventsPutInAStreamAreReadAndFiltered(CloudWatchLogsClient logs) {
        logs.createLogGroup(b -> b.logGroupName("/app/test"));
        assertThrows(ResourceAlreadyExistsException.class, () -> logs.createLogGroup(b -> b.logGroupName("/app/test")));
        logs.createLogStream(b -> b.logGroupName("/app/test").logStreamName("one"));
        long now = System.currentTimeMillis();
        logs.putLogEvents(b -> b.logGroupName("/app/test").logStreamName("one").logEvents(
                InputLogEvent.builder().timestamp(now).message("START here").build(),
                InputLogEvent.builder().timestamp(now + 1).message("an ERROR happened").build(),
                InputLogEvent.builder().timestamp(now + 2).message("an ERROR, expected").build()));
        assertEquals(3, logs.getLogEvents(b -> b.logGroupName("/app/test").logStreamName("one")).events().size());
        List<FilteredLogEvent> errors = logs.filterLogEvents(b -> b.logGroupName("/app/test")
                .filterPattern("ERROR -expected")).events();
        assertEquals(List.of("an ERROR happened"), errors.stream().map(FilteredLogEvent::message).toList());
        assertEquals("one", errors.get(0).logStreamName());
        assertTrue(logs.describeLogGroups(b -> b.logGroupNamePrefix("/app/")).logGroups().stream()
                .anyMatch(g -> g.logGroupName().equals("/app/test")));
        assertEquals(now + 2, logs.describeLogStreams(b -> b.logGroupName("/app/test")).logStreams().get(0).lastEventTimestamp());
        assertEquals("The specified log group does not exist.", assertThrows(ResourceNotFoundException.class,
                () -> logs.filterLogEvents(b -> b.logGroupName("/nothing"))).awsErrorDetails().errorMessage());
    }

    @Test
    void filterLogEventsPagesThroughMatchesAndRefusesALimitOrTokenItDidNotGive(CloudWatchLogsClient logs) {
        logs.createLogGroup(b -> b.logGroupName("/app/paged"));
        logs.createLogStream(b -> b.logGroupName("/app/paged").logStreamName("s"));
        long now = System.currentTimeMillis();
        logs.putLogEvents(b -> b.logGroupName("/app/paged").logStreamName("s").logEvents(
                InputLogEvent.builder().timestamp(now).message("one").build(),
                InputLogEvent.builder().timestamp(now + 1).message("two").build(),
                InputLogEvent.builder().timestamp(now + 2).message("three").build()));
        FilterLogEventsResponse first = logs.filterLogEvents(b -> b.logGroupName("/app/paged").limit(2));
        assertEquals(List.of("one", "two"), first.events().stream().map(FilteredLogEvent::message).toList());
        FilterLogEventsResponse rest = logs.filterLogEvents(b -> b.logGroupName("/app/paged").limit(2)
                .nextToken(first.nextToken()));
        assertEquals(List.of("three"), rest.events().stream().map(FilteredLogEvent::message).toList());
        assertNull(rest.nextToken());
        assertEquals("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have"
                + " value greater than or equal to 1", assertThrows(InvalidParameterException.class,
                () -> logs.filterLogEvents(b -> b.logGroupName("/app/paged").limit(0))).awsErrorDetails().errorMessage());
        assertEquals("The specified nextToken is invalid.", assertThrows(InvalidParameterException.class,
                () -> logs.filterLogEvents(b -> b.logGroupName("/app/paged").nextToken("not-a-token")))
                .awsErrorDetails().errorMessage());
    }

    @Test
    void putLogEventsStoresNothingWhenAnEventLacksItsTimestamp(CloudWatchLogsClient logs) {
        logs.createLogGroup(b -> b.logGroupName("/app/partial"));
        logs.createLogStream(b -> b.logGroupName("/app/partial").logStreamName("s"));
        assertEquals("1 validation error detected: Value null at 'logEvents.2.member.timestamp' failed to satisfy"
                + " constraint: Member must not be null", assertThrows(InvalidParameterException.class,
                () -> logs.putLogEvents(b -> b.logGroupName("/app/partial").logStreamName("s").logEvents(
                        InputLogEvent.builder().timestamp(1L).message("kept?").build(),
                        InputLogEvent.builder().message("no time").build()))).awsErrorDetails().errorMessage());
        assertTrue(logs.getLogEvents(b -> b.logGroupName("/app/partial").logStreamName("s")).events().isEmpty());
    }
}

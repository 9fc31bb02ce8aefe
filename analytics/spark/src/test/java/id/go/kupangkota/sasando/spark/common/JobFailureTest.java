package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobFailureTest {
    private static final String URL = "http://127.0.0.1:9253";

    /** What IndexBootstrap throws when the node went away after enrich (the tester's trace). */
    private static Throwable rollupsLostElasticsearch() {
        try {
            JobFailure.stage("roll-ups", () -> {
                throw new UncheckedIOException("cannot reach Elasticsearch to set up sasando-rollups-daily",
                        new ConnectException("Connection refused"));
            });
        } catch (JobFailure.StageException e) {
            return e;
        }
        throw new AssertionError("stage did not fail");
    }

    private static String report(Throwable failure, boolean debug, int[] code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        code[0] = JobFailure.report(failure, "sasando pipeline", "./sasando pipeline", URL,
                new PrintStream(bytes, true, StandardCharsets.UTF_8), debug);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void elasticsearchDownAtTheRollupsStageIsOneParagraphWithoutAStackTrace() {
        int[] code = new int[1];
        String err = report(rollupsLostElasticsearch(), false, code);

        assertThat(code[0]).isEqualTo(JobFailure.EXIT_FAILED).isNotZero();
        assertThat(err.strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception in thread")
                .startsWith("sasando pipeline: the roll-ups stage failed because Elasticsearch at " + URL
                        + " is not reachable (ConnectException: Connection refused).")
                .contains("Nothing is lost: the landing zone and the curated Parquet hold the data")
                .contains("run ./sasando pipeline again")
                .contains("./sasando pipeline --no-es")
                .contains("SASANDO_DEBUG=1");
    }

    @Test
    void theStackTraceComesWithDebug() {
        int[] code = new int[1];
        String err = report(rollupsLostElasticsearch(), true, code);

        assertThat(code[0]).isEqualTo(JobFailure.EXIT_FAILED);
        assertThat(err).contains("roll-ups stage failed").contains("\tat ").doesNotContain("SASANDO_DEBUG=1");
    }

    @Test
    void findsElasticsearchUnderSparksWrappingAndTheEnrichStagesOwnException() {
        Throwable task = new SparkException("Job aborted due to stage failure: Task 0 failed",
                new RuntimeException("bulk failed", new ConnectException("Connection refused")));
        assertThat(JobFailure.elasticsearchUnreachable(new JobFailure.StageException("enrich", task))).isTrue();

        EsTarget down = new EsTarget("http://127.0.0.1:" + EmbeddedElasticsearch.freePort(), null, null, "sasando-");
        assertThatThrownBy(down::requireReachable).satisfies(e -> {
            assertThat(JobFailure.elasticsearchUnreachable(e)).isTrue();
            assertThat(JobFailure.message(new JobFailure.StageException("enrich", e), "sasando pipeline",
                    "./sasando pipeline", URL, false)).startsWith("sasando pipeline: the enrich stage failed because");
        });
    }

    @Test
    void aBulkRequestCutOffByElasticsearchStoppingMidBatchIsElasticsearchUnreachable() {
        // what a task of the enrich job throws when the node stops with its bulk request in flight (EnrichOutageIT)
        Throwable task = new SparkException("Job aborted due to stage failure: Task 0 in stage 0.0 failed 1 times",
                new RuntimeException("5000 documents not written to sasando-posts, first: [x:2010:"
                        + " org.apache.http.ConnectionClosedException: Connection is closed]"));

        assertThat(JobFailure.message(new JobFailure.StageException("enrich", task), "sasando pipeline",
                "./sasando pipeline", URL, false))
                .startsWith("sasando pipeline: the enrich stage failed because Elasticsearch at " + URL + " is not reachable")
                .contains("Start Elasticsearch");
        assertThat(JobFailure.elasticsearchUnreachable(new org.apache.http.ConnectionClosedException())).isTrue();
        // the same cut, seen by the socket as a broken pipe
        assertThat(JobFailure.elasticsearchUnreachable(new RuntimeException("2000 documents not written to"
                + " sasando-posts, first: [x:2010: java.io.IOException: Broken pipe]"))).isTrue();
        // an item error is not an outage
        assertThat(JobFailure.elasticsearchUnreachable(new RuntimeException("1 documents not written to"
                + " sasando-posts, first: [x:1: mapper_parsing_exception]"))).isFalse();
    }

    @Test
    void anotherFailureNamesItsCauseOnOneShortLine() {
        String html = "<html>\n<body>" + "x".repeat(1000) + "</body></html>";
        String m = JobFailure.message(new JobFailure.StageException("trends", new IllegalStateException(html)),
                "sasando pipeline", "./sasando pipeline", URL, false);

        assertThat(m).startsWith("sasando pipeline: the trends stage failed: IllegalStateException: <html> <body>x")
                .doesNotContain("\n").doesNotContain("not reachable")
                .contains("Nothing is lost").contains("run ./sasando pipeline again");
        assertThat(JobFailure.cause(new IllegalStateException(html))).hasSizeLessThanOrEqualTo(200);
    }
}

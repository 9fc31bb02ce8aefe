package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.SourceException;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ended a query's run (or stopped it early), as its coverage record keeps it: the English text (the
 * technical detail) with the code and arguments the dashboard words for analysts.
 */
record RunError(String text, ErrorCode code, Map<ErrorArg, String> args) {
    RunError {
        args = Map.copyOf(args);
    }

    RunError(String text, ErrorCode code) {
        this(text, code, Map.of());
    }

    /**
     * The error of a failure: a source's own code, else what the exception says of itself (its settings,
     * ingest's files), else an error in ingest.
     */
    static RunError of(Throwable e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof SourceException s) {
            return new RunError(text, s.code(), s.args());
        }
        if (e instanceof InvalidSettingsException s) {
            return new RunError(text, s.code());
        }
        if (e instanceof UncheckedIOException) {
            return new RunError(text, ErrorCode.RUN_STORAGE);
        }
        return new RunError(text, ErrorCode.RUN_INTERNAL);
    }

    /** The code as stored in {@code error_code}. */
    String storedCode() {
        return code.code();
    }

    /** The arguments as stored in {@code error_args}: by {@link ErrorArg#key()}. */
    Map<String, String> storedArgs() {
        Map<String, String> out = new TreeMap<>();
        args.forEach((k, v) -> out.put(k.key(), v));
        return out;
    }
}

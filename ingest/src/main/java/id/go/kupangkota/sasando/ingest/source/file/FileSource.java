package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.landing.DurableFiles;
import id.go.kupangkota.sasando.ingest.source.AuthorPseudonyms;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.QueryOutcome;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.source.x.XHandles;
import id.go.kupangkota.sasando.ingest.source.x.XMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports exports (CSV, JSONL) row by row. Two modes: files named on the command line
 * ({@link #forFiles}), or — the discovered default — every file that appears in the drop folder,
 * moved to {@code drop/done/} or {@code drop/failed/} afterwards.
 *
 * <p>A file's query key is its content fingerprint (SHA-256) plus the mapping, so the same file is
 * imported once however often it is dropped or renamed, and an import killed half-way resumes at the
 * row after the last committed one (the cursor counts rows), reporting the whole import
 * ({@link #collectsOnce()}).
 */
public final class FileSource implements Source {
    private static final Logger log = LoggerFactory.getLogger(FileSource.class);
    static final String MAPPING = "mapping";
    static final String PATH = "path";
    static final String DROPPED = "dropped";
    private static final String ROWS = "rows";
    private static final String DONE = "done";
    public static final String EMPTY = "empty: no rows";
    /** File of the {@link IdLedger} in the source's state directory. */
    static final String ID_LEDGER = "ids.bin";
    public static final String ALREADY_IMPORTED = "already imported on ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WITA'")
            .withZone(Wita.ZONE);

    private final List<Path> files;
    private final String mappingOverride;
    private FileSettings settings;
    private FileMapper mapper = new FileMapper();
    /** The X posts the X source landed: an imported X post among them was landed before. */
    private LandedIds landedByX;
    /** The accounts the X source saw: an imported tweet's author is keyed by its X user id. */
    private XHandles xHandles;
    private Clock clock = Clock.systemUTC();
    private Path rejectsDir;
    private final Map<String, ImportFile> open = new HashMap<>();
    /** By query key: what a person must be told besides the counts (an empty file, an import done before). */
    private final Map<String, String> notes = new HashMap<>();

    /** The drop-folder source the daemon discovers. */
    public FileSource() {
        this(null, null);
    }

    private FileSource(List<Path> files, String mapping) {
        this.files = files;
        this.mappingOverride = mapping;
    }

    /** A source importing the given files and directories (their exports, not recursive) once. */
    public static FileSource forFiles(List<Path> paths, String mapping) {
        return new FileSource(List.copyOf(paths), mapping);
    }

    @Override
    public String name() {
        return FileMapper.SOURCE;
    }

    @Override
    public void configure(SourceContext context) {
        this.settings = FileSettings.from(context);
        IngestPaths paths = IngestPaths.of(context.settings());
        this.landedByX = new LandedIds(paths.landing().resolve(XMapper.SOURCE));
        this.xHandles = XHandles.of(paths.state(XMapper.SOURCE).resolve(XHandles.FILE),
                paths.landing().resolve(XMapper.SOURCE));
        AuthorPseudonyms pseudonyms = AuthorPseudonyms.of(context.settings());
        this.mapper = new FileMapper(settings.defaultMapping(), pseudonyms.forSource(name()),
                new IdLedger(paths.state(name()).resolve(ID_LEDGER)), landedByX,
                pseudonyms.forSource(XMapper.SOURCE), xHandles::authorId);
        this.clock = context.clock();
        this.rejectsDir = IngestPaths.of(context.settings()).rejects().resolve(name());
        if (mappingOverride != null) {
            mapper.mapping(mappingOverride); // a wrong --mapping fails before any file is touched
        }
    }

    @Override
    public FileMapper mapper() {
        return mapper;
    }

    public FileSettings settings() {
        return settings;
    }

    @Override
    public List<SourceQuery> queries() {
        notes.clear(); // a run starts here; the daemon's source lives long
        mapper.forgetConflicts();
        mapper.ledger().refresh(); // what imports in other processes added meanwhile
        if (landedByX != null) {
            landedByX.refresh(); // what the X source landed meanwhile
            xHandles.refresh(); // and the accounts it saw
        }
        String mapping = mappingOverride == null ? settings.defaultMapping() : mappingOverride;
        List<SourceQuery> queries = new ArrayList<>();
        if (files != null) {
            for (Path p : files) {
                for (Path f : exportsIn(p)) {
                    queries.add(query(f, mapping, false));
                }
            }
            return queries;
        }
        for (Path f : dropped()) {
            if (ImportFile.formatOf(f) == null) {
                moveAway(f, "failed", "unsupported file type: expected .csv, .tsv, .jsonl, .ndjson or .json (optionally .gz)");
            } else {
                try {
                    queries.add(query(f, mapping, true));
                } catch (UncheckedIOException e) {
                    // one file the daemon may not read must not hold back the others, poll after poll
                    moveAway(f, "failed", "cannot read " + f.getFileName() + ": " + e.getCause());
                }
            }
        }
        return queries;
    }

    @Override
    public Page fetch(SourceQuery query, Cursor cursor) throws SourceException {
        if (cursor.get(DONE) != null) {
            notes.put(query.key(), ALREADY_IMPORTED + whenDone(cursor.get(DONE)) + ", nothing new");
            return Page.empty(cursor); // imported before: nothing to do, the file is only moved
        }
        long from = cursor.getLong(ROWS, 0);
        try {
            ImportFile file = reader(query, from);
            List<RawItem> items = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            boolean end = false;
            for (int i = 0; i < settings.pageSize(); i++) {
                ImportFile.Entry e = file.next();
                if (e == null) {
                    end = true;
                    break;
                }
                if (e.item() != null) {
                    items.add(e.item());
                } else {
                    rejected.add(e.rejected());
                }
            }
            Cursor next = cursor.with(ROWS, file.position());
            if (end && file.cutShort() != null) {
                if (!items.isEmpty() || !rejected.isEmpty()) {
                    return new Page(items, rejected, next, true, List.of()); // land these; the next page fails
                }
                close(query);
                String name = Path.of(query.value()).getFileName().toString();
                throw new SourceException(ErrorCode.FILE_UNREADABLE, Map.of(ErrorArg.FILE, name),
                        name + " is cut short (" + file.cutShort().getMessage() + ") after row " + file.position()
                                + ": the rows before were read; download or export the file again for the rest",
                        file.cutShort(), false);
            }
            if (end) {
                if (file.position() == 0) {
                    notes.put(query.key(), EMPTY);
                }
                next = next.with(DONE, clock.instant().toString());
                close(query);
            }
            return new Page(items, rejected, next, !end, List.of());
        } catch (ImportFile.NotAnExportException e) {
            close(query);
            throw new SourceException(e.code(), e.args(), e.getMessage(), e, false); // the whole file, once
        } catch (IOException e) {
            close(query);
            throw new SourceException(ErrorCode.FILE_UNREADABLE,
                    Map.of(ErrorArg.FILE, Path.of(query.value()).getFileName().toString()),
                    "cannot read " + query.value() + ": " + e.getMessage(), e, false);
        }
    }

    /** A file is imported once: a resumed import reports, and dedups against, what its interrupted runs did. */
    @Override
    public boolean collectsOnce() {
        return true;
    }

    /**
     * The ids of the committed rows go to the ledger now, not when mapped: rows an interrupted run mapped
     * after its last checkpoint are read again on resume and must not look landed before.
     */
    @Override
    public void committed(SourceQuery query, Cursor cursor) {
        mapper.ledger().flush();
    }

    /**
     * What the run of a query must tell besides its counts, or null: {@value #EMPTY}, or that the
     * same content was imported before and when.
     */
    public String note(String queryKey) {
        return notes.get(queryKey);
    }

    /**
     * How many ids of a query's rows were imported before for another post (author or creation
     * time differ) in this run; those rows were kept under an id of their own and warned about.
     */
    public int idConflicts(String queryKey) {
        return mapper.conflicts(queryKey);
    }

    private static String whenDone(String instant) {
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    @Override
    public String finished(SourceQuery query, QueryOutcome outcome) {
        close(query);
        if (!"true".equals(query.attribute(DROPPED))) {
            return null;
        }
        Path f = Path.of(query.attribute(PATH));
        String note = notes.get(query.key());
        if (note != null && !outcome.failed()) {
            log.warn("drop folder: {}: {}", f.getFileName(), note);
        }
        Path movedTo;
        if (outcome.failed()) {
            movedTo = moveAway(f, "failed", outcome.error());
        } else if (outcome.complete() && outcome.written() == 0 && outcome.rejected() > 0) {
            // nothing of it was imported: the file needs a person, done/ would say it was fine
            movedTo = moveAway(f, "failed", "every row (" + outcome.rejected() + ") was rejected; the rows and the "
                    + "reasons are in " + rejectsDir);
        } else if (outcome.complete()) {
            movedTo = moveAway(f, "done", null);
        } else {
            return null; // stopped early (page limit, shutdown): stays, and the next poll resumes from the checkpoint
        }
        return movedTo == null ? null : movedTo.toAbsolutePath().toString();
    }

    private ImportFile reader(SourceQuery query, long position) throws IOException {
        ImportFile file = open.get(query.key());
        if (file == null || file.position() != position) {
            close(query);
            ColumnMapping mapping = mapper.mapping(query.attribute(MAPPING));
            file = new ImportFile(Path.of(query.attribute(PATH)), mapping.delimiter());
            if (position == 0 && !file.charset().equals(StandardCharsets.UTF_8)) {
                log.info("{}: not UTF-8: read as {} (the ANSI code page of Excel on Windows)",
                        file.path().getFileName(), file.charset());
            }
            try {
                file.requireColumns(mapping, this::presetsFitting);
            } catch (IOException e) {
                file.close();
                throw e;
            }
            file.skipTo(position);
            open.put(query.key(), file);
        }
        return file;
    }

    /** The presets whose required columns a file has. */
    private List<String> presetsFitting(List<String> columns) {
        return ColumnMapping.presets().stream().filter(p -> mapper.mapping(p).fits(columns)).toList();
    }

    private void close(SourceQuery query) {
        ImportFile file = open.remove(query.key());
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // closing a file that was only read
            }
        }
    }

    private SourceQuery query(Path file, String mapping, boolean dropped) {
        String key = "f-" + fingerprint(file) + "-" + SourceQuery.keyOf(Path.of(mapping).getFileName().toString());
        return new SourceQuery(key.length() > 120 ? key.substring(0, 120) : key, file.toAbsolutePath().toString(),
                Map.of(PATH, file.toAbsolutePath().toString(), MAPPING, mapping, DROPPED, Boolean.toString(dropped)));
    }

    private List<Path> exportsIn(Path p) {
        if (!Files.exists(p)) {
            throw new UncheckedIOException(new IOException("no such file or directory: " + p));
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile).filter(f -> ImportFile.formatOf(f) != null)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files in the drop folder that stopped changing at least {@code settle_time} ago. */
    private List<Path> dropped() {
        Path dir = settings.dropDir();
        try {
            Files.createDirectories(dir);
            Instant settled = clock.instant().minus(settings.settleTime());
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> lastModified(f).isBefore(settled) || lastModified(f).equals(settled))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the drop folder " + dir, e);
        }
    }

    private static Instant lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /** Moves a dropped file to {@code drop/<where>/}; returns where it is now, or null when it could not be moved. */
    private Path moveAway(Path file, String where, String reason) {
        Path dir = settings.dropDir().resolve(where);
        Path target = dir.resolve(file.getFileName());
        try {
            if (Files.exists(target)) {
                target = dir.resolve(clock.millis() + "-" + file.getFileName());
            }
            DurableFiles.move(file, target);
        } catch (IOException e) {
            log.error("drop folder: cannot move {} to {}: {}", file, dir, e.toString());
            return null;
        }
        log.info("drop folder: {} moved to {}{}", file.getFileName(), target.toAbsolutePath(),
                reason == null ? "" : " (" + reason + ")");
        if (reason != null) {
            try {
                Files.writeString(dir.resolve(target.getFileName() + ".error.txt"), reason + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                log.error("drop folder: cannot write why {} failed: {}", target, e.toString());
            }
        }
        return target;
    }

    /** SHA-256 of the file's bytes (first 128 bits, hex): the same content is the same import. */
    static String fingerprint(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
